"""Fixes of review6's English findings (mend6): a phrase cue's object can speak only by its
head noun, never by a place inside it (quotes/phrase_cue_frames.py). The sentences are made
up in the shapes the review found."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

pytestmark = pytest.mark.slow


def test_according_to_the_laws_of_a_place_stays_in_the_claim(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Lawyers for the state argued the election was held according to the laws of Texas."
    )
    claim = next(q for q in quotes if q.speaker == "Lawyers for the state")
    assert claim.text == "the election was held according to the laws of Texas"


def test_according_to_a_place_s_law_stays_in_the_claim(attribute: Attribute) -> None:
    quotes, _ = attribute("Lawyers argued the vote was counted according to Ohio law.")
    claim = next(q for q in quotes if q.speaker == "Lawyers")
    assert claim.text == "the vote was counted according to Ohio law"
