"""Thirty-fourth round: the subject of a second clause that the parser hung on the first
clause's object as a conjunct (quotes/stranded_subjects). Sentences are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of_opening

from quotewire.nlp.model import load_english
from quotewire.quotes.stranded_subjects import subject_read_as_object_conjunct

pytestmark = pytest.mark.slow


def test_a_second_clause_s_subject_hung_on_the_object() -> None:
    text = (
        "Many prominent Republicans have said they will not attend the convention and "
        "others have said they are not interested in speaking."
    )
    assert speaker_of_opening(text, "they are not interested") == "others"


@pytest.mark.parametrize("adverb", ["also", "never"])
def test_an_adverb_before_the_verb_still_leaves_it_finite(adverb: str) -> None:
    text = (
        "Many prominent Republicans have said they will not attend the convention and "
        f"others {adverb} said they would stay home."
    )
    assert speaker_of_opening(text, "they would stay home") == "others"


def test_others_after_an_object_begin_a_clause_of_their_own() -> None:
    text = (
        "Some senators have said they will vote for the bill and others have said they are "
        "still undecided."
    )
    assert speaker_of_opening(text, "they are still undecided") == "others"


def test_a_plain_object_conjunct_before_no_verb_is_no_subject() -> None:
    doc = load_english()("Smith praised the mayor and the governor, and thanked the voters.")
    thanked = next(t for t in doc if t.text == "thanked")
    assert subject_read_as_object_conjunct(thanked) is None
