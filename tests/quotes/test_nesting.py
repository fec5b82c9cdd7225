"""Belief and plan frames inside what a speaker is reported to have said."""

from __future__ import annotations

import dataclasses

import pytest

from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.frames import find_frames
from quotewire.quotes.nesting import without_nested_beliefs

pytestmark = pytest.mark.slow


def _frames(text: str):
    from quotewire.nlp.model import load_english

    doc = load_english()(text)
    return find_frames(doc, load_cue_lexicon(), [(0, len(text))], [])


def _cues(frames) -> list[str]:
    return [frame.cue.text for frame in frames]


def test_belief_inside_a_reported_clause_is_left_to_the_speech_frame() -> None:
    frames = _frames("Senator Jones said he believes taxes are too high.")
    assert _cues(frames) == ["said", "believes"]
    assert _cues(without_nested_beliefs(frames, load_cue_lexicon(), [])) == ["said"]


def test_belief_outside_any_reported_clause_stays() -> None:
    frames = _frames("Senator Jones wants to cut taxes next year.")
    assert _cues(without_nested_beliefs(frames, load_cue_lexicon(), [])) == ["wants"]


def test_a_nested_belief_with_a_prior_above_the_nested_threshold_stays() -> None:
    frames = _frames("Senator Jones said he believes taxes are too high.")
    lenient = dataclasses.replace(load_cue_lexicon(), nested_threshold=0.0)
    assert _cues(without_nested_beliefs(frames, lenient, [])) == ["said", "believes"]


def test_extraction_reports_only_the_outer_statement(attribute) -> None:
    quotes, _ = attribute("Senator Jones said he wants to cut taxes next year.")
    assert [(q.cue, q.text) for q in quotes] == [("said", "he wants to cut taxes next year")]


def test_cues_inside_a_transcript_turn_are_the_speakers_own_words(attribute) -> None:
    text = (
        "Debate night in Ohio\n\n"
        "Moderator Lester Holt asked Hillary Clinton about policing on Monday.\n\n"
        "CLINTON: Well, I think the whole nation needs to work together on this.\n"
    )
    quotes, _ = attribute(text)
    turn = [q for q in quotes if q.cue == ":"]
    assert [(q.kind, q.speaker) for q in turn] == [("direct", "Hillary Clinton")]
    assert not [q for q in quotes if q.cue == "think"]


def _quoted(text: str):
    from quotewire.quotes.marks import find_quoted_spans

    return find_quoted_spans(text, [(0, len(text))])


def test_a_quoting_belief_of_the_speaker_is_left_to_the_speech_frame() -> None:
    text = "Sanders says he believes his campaign has “the wind at our backs” in March."
    frames = _frames(text)
    assert _cues(frames) == ["says", "believes"]
    kept = without_nested_beliefs(frames, load_cue_lexicon(), _quoted(text))
    assert _cues(kept) == ["says"]


def test_a_quoting_frame_of_another_named_source_stays() -> None:
    text = "Cox says the NRA wants “law-abiding gun owners to become scapegoats.”"
    frames = _frames(text)
    inner = [f for f in frames if f.cue.lower_ == "wants"]
    assert inner and inner[0].speaker is not None and inner[0].speaker.text == "NRA"
    kept = without_nested_beliefs(frames, load_cue_lexicon(), _quoted(text))
    assert "wants" in _cues(kept)
