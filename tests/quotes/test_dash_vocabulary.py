"""Rules that read a dash read every dash (:mod:`quotewire.nlp.punctuation`): a horizontal bar
"―", which HuffPost types for its dashes, cuts a fragment, an aside and an editor's signature
as an em dash does, and a spaced hyphen cuts an aside. Hand-written cases."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.quotes.insertions import find_insertions


def test_an_editors_signature_after_a_horizontal_bar_is_an_insertion() -> None:
    text = "it (the situation ― Ed.) has shown"
    assert [s.text for s in find_insertions(text, 0, len(text))] == ["(the situation ― Ed.)"]


@pytest.mark.slow
def test_words_after_a_horizontal_bar_before_a_set_in_cue_are_its_first_fragment(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "She compared her former employees at HP to the budding entrepreneurs in the slums of "
        "New Delhi ― all of whom, she explained, needed a boost to reach their potential."
    )
    assert [q.text for q in quotes if q.cue == "explained"] == [
        "all of whom",
        "needed a boost to reach their potential",
    ]


@pytest.mark.slow
def test_a_relative_aside_after_a_horizontal_bar_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute("The senator said the bill would pass the House ― which had rejected it.")
    assert [q.text for q in quotes if q.cue == "said"] == ["the bill would pass the House"]


@pytest.mark.slow
def test_a_relative_aside_after_a_spaced_hyphen_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute("The senator said the bill would pass the House - which had rejected it.")
    assert [q.text for q in quotes if q.cue == "said"] == ["the bill would pass the House"]
