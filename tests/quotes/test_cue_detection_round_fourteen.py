"""Cue detection, round fourteen: verbs that report a clause with a subject of its own but
rarely an object ("maintains that ...", "recommends the government withdraw ...").
Hand-written cases; the ones that attribute load the model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.quotes.cues import load_cue_lexicon


def test_clause_reporting_verbs_may_report_but_are_no_speech() -> None:
    lexicon = load_cue_lexicon()
    for form in ("maintains", "maintained", "recommends", "contend", "related"):
        assert form in lexicon.clause_reporting
        assert lexicon.may_report(form)
        assert not lexicon.is_speech(form)  # their objects are mostly no statement


def _reported(quotes: list, cue: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes if q.cue == cue]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The mayor has long maintained that the new stadium will pay for itself.",
            "maintained",
            "that the new stadium will pay for itself",
        ),
        (
            "The commission recommends the state withdraw its troops by the end of the year.",
            "recommends",
            "the state withdraw its troops by the end of the year",
        ),
        (
            "Her lawyers contend that the contract was never signed.",
            "contend",
            "that the contract was never signed",
        ),
        (
            "The pastor further related that the idea had come to him in a dream.",
            "related",
            "that the idea had come to him in a dream",
        ),
    ],
)
def test_a_clause_reporting_verb_reports_its_clause(
    attribute: Attribute, sentence: str, cue: str, content: str
) -> None:
    quotes, _ = attribute(sentence)
    assert [text for text, _ in _reported(quotes, cue)] == [content]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The governor maintains a comfortable lead over her rivals in the polls.",
        "The company has maintained its headquarters in Ohio for decades.",
        "Farmers contend with drought every summer.",
        "Costs related to the new stadium rose by a third.",
        # no "that": a clause the parser may have hung on the cue by mistake
        "The board decided not to recommend closing the school even though it found problems.",
    ],
)
def test_a_clause_reporting_verb_reports_no_object(attribute: Attribute, sentence: str) -> None:
    quotes, _ = attribute(sentence)
    assert quotes == []
