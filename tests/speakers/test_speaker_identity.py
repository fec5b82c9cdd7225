"""One entity per real person across articles; user rules applied after automatic merging."""

import random

from quotewire.speakers.identity import Rule, SpeakerRecord, resolve_identities


def records(*rows: tuple[str, str, str | None, str | None]) -> list[SpeakerRecord]:
    return [SpeakerRecord(a, "s1", name, role=role, published=day) for a, name, role, day in rows]


LAVROV = records(
    ("a1", "Sergey Lavrov", None, "2022-01-14"),
    ("a2", "Sergei Lavrov", "Foreign Minister", "2022-03-01"),
    ("a3", "Lavrov", None, "2022-02-01"),
    ("a4", "Russian Foreign Minister Sergey Lavrov", None, "2021-05-05"),
    ("a5", "FM Lavrov", None, "2023-01-01"),
)
CLINTONS = records(
    ("b1", "Bill Clinton", None, "1998-01-01"),
    ("b2", "Hillary Clinton", "Secretary of State", "2010-01-01"),
    ("b3", "Clinton", None, "2010-01-02"),
    ("b4", "Clinton", "Secretary of State", "2011-01-02"),
)


def by_article(entities) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a: e.name for e in entities for a, _ in e.members}


def test_variants_titles_and_bare_surname_become_one_person_with_evidence() -> None:
    (entity,) = resolve_identities(LAVROV)
    assert entity.name == "Sergey Lavrov"
    assert set(entity.variants) >= {"Sergei Lavrov", "FM Lavrov", "Lavrov"}
    assert any("Sergei Lavrov / Sergey Lavrov" in e for e in entity.evidence)
    roles = {r.role: (r.first, r.last) for r in entity.roles}
    assert roles["Foreign Minister"] == ("2022-03-01", "2023-01-01")


def test_people_sharing_a_surname_stay_apart_and_a_bare_surname_waits_for_context() -> None:
    names = by_article(resolve_identities(CLINTONS))
    assert names["b1"] == "Bill Clinton" and names["b2"] == "Hillary Clinton"
    assert names["b4"] == "Hillary Clinton"  # the role settles it
    assert names["b3"] == "Clinton"  # nothing does
    ambiguous = [e for e in resolve_identities(CLINTONS) if e.ambiguous]
    assert [e.name for e in ambiguous] == ["Clinton"]


def test_a_name_that_fits_two_people_is_not_merged_with_either() -> None:
    bushes = records(("c1", "George W. Bush", None, None), ("c2", "George H. W. Bush", None, None),
                     ("c3", "George Bush", None, None))  # fmt: skip
    assert len(resolve_identities(bushes)) == 3


def test_entities_do_not_depend_on_record_order() -> None:
    rows = LAVROV + CLINTONS
    expected = {(e.id, tuple(e.members)) for e in resolve_identities(rows)}
    shuffled = rows[:]
    random.Random(3).shuffle(shuffled)
    assert {(e.id, tuple(e.members)) for e in resolve_identities(shuffled)} == expected


def test_user_rules_merge_and_split_after_automatic_merging() -> None:
    rules = [Rule("merge", "Clinton", "Bill Clinton"), Rule("split", "Sergey Lavrov", "FM Lavrov")]
    names = by_article(resolve_identities(LAVROV + CLINTONS, rules))
    assert names["b3"] == "Bill Clinton"
    assert names["a5"] != names["a1"]
    merged = next(
        e for e in resolve_identities(LAVROV + CLINTONS, rules) if e.name == "Bill Clinton"
    )
    assert "user merged Clinton and Bill Clinton" in merged.evidence


def test_organisations_merge_by_name_only() -> None:
    rows = [SpeakerRecord("o1", "s1", "the Kremlin", "organisation"),
            SpeakerRecord("o2", "s1", "Kremlin", "organisation")]  # fmt: skip
    assert len(resolve_identities(rows)) == 1


def test_unnamed_descriptions_are_never_merged_across_articles() -> None:
    spokesmen = records(
        ("c1", "A police spokesman", None, None),
        ("c2", "A military spokesman", None, None),
        ("c3", "a spokesman", None, None),
        ("c4", "a spokesman", None, None),
        ("c5", "NATO spokesman", None, None),
        ("c6", "U.S. National Security Council spokesman", None, None),
    )
    entities = resolve_identities(spokesmen)
    assert len(entities) == 6
    assert all(len(e.members) == 1 for e in entities)


def test_a_surname_behind_a_lower_case_particle_is_a_name_not_a_description() -> None:
    # "al-Zawahiri" starts lower-case, yet the two articles' "Ayman al-Zawahiri" are one person
    # (they were two entities, one per article, as descriptions are).
    entities = resolve_identities(
        records(
            ("z1", "Ayman al-Zawahiri", None, "2006-03-05"),
            ("z2", "Ayman al-Zawahiri", None, "2006-04-29"),
            ("z3", "Abdel Fattah el-Sisi", None, "2019-01-01"),
            ("z4", "Abdel Fattah el-Sisi", "President", "2020-01-01"),
        )
    )
    assert sorted((e.name, len(e.members)) for e in entities) == [
        ("Abdel Fattah el-Sisi", 2),
        ("Ayman al-Zawahiri", 2),
    ]


def test_a_body_named_by_a_common_noun_is_one_entity_only_within_its_article() -> None:
    # "The government" of an article on Samoa and of one on Sudan are not one speaker; an
    # article writing it in lower case shows it is a common noun, not a name.
    rows = [SpeakerRecord("g1", "s1", "The government", "organisation"),
            SpeakerRecord("g2", "s1", "the government", "organisation"),
            SpeakerRecord("g2", "s2", "The government", "organisation"),
            SpeakerRecord("k1", "s1", "the Kremlin", "organisation"),
            SpeakerRecord("k2", "s1", "Kremlin", "organisation"),
            SpeakerRecord("q1", "s1", "al-Qaeda", "organisation"),
            SpeakerRecord("q2", "s1", "al-Qaeda", "organisation")]  # fmt: skip
    entities = resolve_identities(rows)
    assert sorted(sorted(a for a, _ in e.members) for e in entities) == [
        ["g1"], ["g2", "g2"], ["k1", "k2"], ["q1", "q2"],
    ]  # fmt: skip
