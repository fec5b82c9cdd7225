"""Speech cues, round six: the first fragment of a verb of saying set between commas whose
clause the parser starts after it. Hand-written cases through the real model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute


@pytest.mark.slow
def test_words_after_a_dash_before_a_set_in_cue_are_its_first_fragment(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        "She compared her former employees at HP to the budding entrepreneurs in the slums of "
        "New Delhi - all of whom, she explained, needed a boost to reach their potential."
    )
    explained = [q for q in quotes if q.cue == "explained"]
    assert [q.text for q in explained] == [
        "all of whom",
        "needed a boost to reach their potential",
    ]
    assert explained[0].attribution_id == explained[1].attribution_id


@pytest.mark.slow
def test_sentence_opening_before_a_set_in_cue_is_its_first_fragment(
    attribute: Attribute,
) -> None:
    quotes, _ = attribute(
        'He sincerely believes, he said, that "Donald Trump is a really, really good guy."'
    )
    said = [q.text for q in quotes if q.cue == "said"]
    assert said[0] == "He sincerely believes"


@pytest.mark.slow
def test_scene_before_a_set_in_cue_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "After the court approved Indiana's voter-identification law six years ago, Hebert "
        "said, most state laws requiring a photo ID were thought to be safe from challenge."
    )
    said = [q.text for q in quotes if q.cue == "said"]
    assert said == ["most state laws requiring a photo ID were thought to be safe from challenge"]
