"""Cue detection: light-verb chains ("took a swipe at X", "takes issue with X") as cues.

Counted on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them. The attribution tests load the model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.quotes.verb_chains import _words


def test_the_chain_nouns_are_read_by_verb_form_and_preposition() -> None:
    words = _words()
    assert {"took", "taking", "heaped", "leveling"} <= words.verbs
    assert "swipe" in words.nouns["took"]["at"]
    assert words.nouns["takes"]["with"] == {"issue"}
    assert "look" not in words.nouns["take"]["at"]  # "took a look at" reports nothing, mostly
    assert "praise" in words.nouns["heaps"]["on"]


def _reported(quotes: list, cue: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes if q.cue == cue]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "cue", "content", "speaker"),
    [
        (
            "Senator Ann Ruiz took a swipe at the governor on Tuesday.",
            "took a swipe at",
            "the governor",
            "Ann Ruiz",
        ),
        (
            "Mayor Tom Baker has taken issue with the proposal to cut school funding.",
            "taken issue with",
            "the proposal to cut school funding",
            "Tom Baker",
        ),
        (
            "Governor Ann Ruiz took credit for balancing the state budget.",
            "took credit for",
            "balancing the state budget",
            "Ann Ruiz",
        ),
        (
            "Mayor Tom Baker heaped praise on the city council.",
            "heaped praise on",
            "the city council",
            "Tom Baker",
        ),
        (
            "Governor Ann Ruiz was leveling sharp criticism at her rivals.",
            "leveling sharp criticism at",
            "her rivals",
            "Ann Ruiz",
        ),
    ],
)
def test_a_light_verb_chain_reports_the_object_of_its_preposition(
    attribute: Attribute, sentence: str, cue: str, content: str, speaker: str
) -> None:
    quotes, _ = attribute(sentence)
    assert _reported(quotes, cue) == [(content, speaker)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Tom Baker took the stage at the convention center.",
        "Governor Ann Ruiz took a look at the budget numbers.",
        "The senator took a job at a law firm in Boston.",
        "The two senators took aim at one another.",
    ],
)
def test_other_nouns_of_a_light_verb_report_nothing(attribute: Attribute, sentence: str) -> None:
    quotes, _ = attribute(sentence)
    assert quotes == []
