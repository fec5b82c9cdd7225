"""What a frame reports: candidate dependents of a cue and the part of them that is reported."""

from __future__ import annotations

import pytest

from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.frames import content_candidates, reported_tokens

pytestmark = pytest.mark.slow


def _cue(text: str, word: str):
    from quotewire.nlp.model import load_english

    doc = load_english()(text)
    return next(t for t in doc if t.text == word)


def _text(tokens) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def test_object_with_its_reason_is_one_candidate() -> None:
    cue = _cue("Sanders criticized Clinton for embracing the deal.", "criticized")
    found = dict(content_candidates(cue))
    assert _text(found["dobj+prep:for"]) == "Clinton for embracing the deal"
    assert _text(found["dobj"]) == "Clinton"


def test_trailing_participle_is_not_reported() -> None:
    cue = _cue("She sought to rally rural voters, contrasting her record with his.", "sought")
    key, tokens = next((k, t) for k, t in content_candidates(cue) if k == "xcomp")
    assert _text(reported_tokens(cue, key, tokens, load_cue_lexicon())) == "to rally rural voters"
