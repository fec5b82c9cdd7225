"""What a frame reports: candidate dependents of a cue and the part of them that is reported."""

from __future__ import annotations

import pytest

from quotewire.quotes.content_candidates import content_candidates
from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.reported_extent import reported_tokens

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
    cue = _cue("She sought to rally rural voters, saying her record was better.", "sought")
    key, tokens = next((k, t) for k, t in content_candidates(cue) if k == "xcomp")
    assert _text(reported_tokens(cue, key, tokens, load_cue_lexicon())) == "to rally rural voters"


def _reported(text: str, word: str, key: str) -> str:
    cue = _cue(text, word)
    tokens = next(t for k, t in content_candidates(cue) if k == key)
    return _text(reported_tokens(cue, key, tokens, load_cue_lexicon()))


def test_object_keeps_the_phrase_saying_what_it_is_for() -> None:
    text = "Obama announced a series of steps to tighten firearms sales in the U.S."
    assert _reported(text, "announced", "dobj") == (
        "a series of steps to tighten firearms sales in the U.S."
    )


def test_object_of_a_naming_cue_keeps_what_it_is_called() -> None:
    text = "Sanders called the DNC’s suspension “arbitrary.” Hendler agreed."
    assert _reported(text, "called", "oprd").startswith("the DNC’s suspension “arbitrary")


def test_clause_hung_on_the_occasion_is_reported() -> None:
    text = "John Weaver says in a statement that the race will now be a four-man contest."
    assert _reported(text, "says", "ccomp") == "that the race will now be a four-man contest"


def test_clause_hung_on_a_place_in_apposition_is_reported() -> None:
    text = (
        "Hillary Clinton is telling customers at a popular Manchester, New Hampshire, "
        "breakfast spot that “I need you tomorrow.”"
    )
    assert _reported(text, "telling", "ccomp") == "that “I need you tomorrow"
