"""Mends from the second read-only review of English quote finding (made-up sentences).

A person noun as the object of "have" says what its infinitive relative clause says
(quotes/sources.py ``_holder_of_words``, which read an empty lemma); the subject of a passive of
feeling is the one who feels, never the content (quotes/frames.py); a "to" phrase or a phrase
of occasion after a verb of saying is no report that a "when" clause closes
(quotes/saying_occasions.py); the plural of a person noun after a verb that sets off a thought
asks the question itself (quotes/object_doers.py); a report stops before the subject of the next
clause that the parser made a conjunct of its object (quotes/stranded_subjects.py,
quotes/reported_extent.py)."""

from __future__ import annotations

import pytest

import quotewire

pytestmark = pytest.mark.slow


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotewire.extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The campaign had a lawyer to explain that the law was unconstitutional.",
            [("a lawyer", "that the law was unconstitutional")],
            id="a_person_object_says_it",
        ),
        pytest.param(
            "The party has a spokesman to say that the vote was fair.",
            [("a spokesman", "that the vote was fair")],
            id="a_role_object_says_it",
        ),
        pytest.param(
            "Deacon had nothing bad to say about Sanders.",
            [("Deacon", "Sanders")],
            id="a_thing_object_is_the_holder_s",
        ),
    ],
)
def test_a_person_object_of_have_says_its_infinitive(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _speakers(text) == expected


def test_the_subject_of_a_feeling_passive_is_not_its_content() -> None:
    text = "Campaign officials were thrilled with the ruling."
    assert all("officials" not in q.text for q in quotewire.extract(text).quotes)


@pytest.mark.parametrize(
    "text",
    [
        '"Absolutely," Smith said to reporters when asked by a reporter if that remains his view.',
        '"Absolutely," Smith said in an interview when asked by a reporter if that remains his '
        "view.",
        '"Absolutely," Smith told reporters when asked by a reporter if that remains his view.',
    ],
    ids=["to_a_listener", "in_an_interview", "told_a_listener"],
)
def test_a_when_clause_after_a_listener_or_occasion_is_no_report(text: str) -> None:
    said = [(q.speaker, q.text) for q in quotewire.extract(text).quotes if q.speaker == "Smith"]
    assert said == [("Smith", "Absolutely,")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The abrupt announcement prompted reporters to ask whether the chairman would resign.",
            "reporters",
        ),
        ("The ruling prompted the senators to ask whether the law would stand.", "the senators"),
    ],
    ids=["bare_plural", "definite_plural"],
)
def test_a_plural_person_object_asks_the_question(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotewire.extract(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Many Republicans have said they will not attend the convention and others have "
            "said they will.",
            [
                ("Republicans", "they will not attend the convention"),
                ("others", "they will"),
            ],
            id="a_second_clause_of_its_own",
        ),
        pytest.param(
            "The senator said voters want a change and others said they want more of the same.",
            [("The senator", "voters want a change"), ("others", "they want more of the same")],
            id="a_second_cue_in_the_past",
        ),
    ],
)
def test_a_report_stops_before_the_next_clause_s_stranded_subject(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _speakers(text) == expected


def test_a_stranded_subject_inside_the_report_stays_in_it() -> None:
    text = "The Post will brand you a liar and the network will accuse you of lying, he said."
    assert [q.text for q in quotewire.extract(text).quotes] == [
        "The Post will brand you a liar and the network will accuse you of lying"
    ]


def test_a_report_keeps_a_conjoined_object_before_a_verb_of_another_kind() -> None:
    text = (
        "The executive spoke to workers, describing how their jobs making boilers and heating "
        "equipment will be moved to Texas."
    )
    quotes = quotewire.extract(text).quotes
    assert [q.cue for q in quotes] == ["describing"]
    assert "heating equipment" in quotes[0].text
