"""Verification keeps one statement together and distractors apart."""

from dataclasses import replace

import pytest

from quotewire.statements.normalise import normalise
from quotewire.statements.verify import verify

FULL = (
    "The agreement assumes that our islands, including our biggest island Crete, does not have "
    "an exclusive economic zone, which goes against everything we know in international law"
)


def check(left: str, right: str):  # type: ignore[no-untyped-def]
    return verify(normalise(left), normalise(right))


def test_a_trimmed_quote_whose_first_word_recurs_is_found_contiguous() -> None:
    """The word alignment may match "you" with the longer quote's first "you" and count the
    words cut before the second as edits; a contiguous part is a trimmed quote all the same."""
    full = "You know what they say: you want calm, prepare for storms. Nobody wanted a storm here"
    trimmed = "You want calm, prepare for storms. Nobody wanted a storm here"
    for verdict in (check(trimmed, full), check(full, trimmed)):
        assert verdict.same and verdict.reason == "trimmed"
    assert not check("you want calm prepare", full).same  # under 6 words of a long quote


def test_identical_after_normalising() -> None:
    verdict = check(FULL, FULL.upper().replace(",", ""))
    assert verdict.same and verdict.reason == "identical"


def test_trimmed_quote_is_the_same_statement() -> None:
    trimmed = (
        "our islands, including our biggest island Crete, does not have an exclusive economic zone"
    )
    verdict = check(trimmed, FULL)
    assert verdict.same and verdict.reason == "trimmed"


def test_a_few_changed_words_is_a_near_duplicate() -> None:
    edited = FULL.replace("biggest", "largest").replace("everything", "all")
    verdict = check(edited, FULL)
    assert verdict.same and verdict.reason == "near-duplicate"


def test_words_cut_at_an_ellipsis_are_free() -> None:
    cut = "The agreement assumes that our islands ... does not have an exclusive economic zone"
    assert check(cut, FULL).same


@pytest.mark.parametrize(
    ("distractor", "reason"),
    [
        (FULL.replace("does not have", "does have"), "negation differs"),
        (FULL.replace("Crete", "Rhodes"), "name differs"),
        ("We will cut 500 jobs at the plant this year", "number differs"),
        ("Prices rose sharply across the region this year", "antonym"),
    ],
)
def test_distractors_that_share_words_are_conflicts(distractor: str, reason: str) -> None:
    original = {
        "number differs": "We will cut 300 jobs at the plant this year",
        "antonym": "Prices fell sharply across the region this year",
    }.get(reason, FULL)
    verdict = check(distractor, original)
    assert not verdict.same
    assert verdict.conflict and verdict.reason == reason


def test_a_short_common_phrase_is_not_a_trimmed_quote() -> None:
    verdict = check("we know in international law", FULL)
    assert not verdict.same and not verdict.conflict


def test_different_quotes_on_one_topic_are_not_the_same() -> None:
    verdict = check(
        "Turkey's maritime deal with Libya is illegal and void",
        "The deal between Turkey and Libya ignores the rights of Greek islands",
    )
    assert not verdict.same


def test_verification_is_symmetric() -> None:
    pairs = [
        (FULL, FULL.replace("biggest", "largest")),
        (FULL, FULL.replace("does not have", "does have")),
        (
            "We will cut 500 jobs at the plant this year",
            "We will cut 300 jobs at the plant this year",
        ),
    ]
    for left, right in pairs:
        assert check(left, right) == check(right, left)


def test_an_unnamed_speakers_join_is_symmetric_for_forms_of_one_length() -> None:
    """Two 8-word forms, one by a named speaker, one by nobody named: 4 content words in one,
    3 in the other. Which was "the shorter" depended on the order of the arguments, so the
    statements depended on which form was indexed first; the fewer content words now count."""
    named = replace(
        normalise("the elections in the spring because the members"), speaker="person:kowalski"
    )
    unnamed = normalise("elections in the spring because the members want")
    assert verify(named, unnamed) == verify(unnamed, named)
    assert verify(named, unnamed).reason == "too few distinctive words to join an unnamed speaker"
