"""Sources of frames without a subject of their own: noun cues and participles."""

from __future__ import annotations

import pytest

from quotewire.quotes.frames import find_speaker

pytestmark = pytest.mark.slow


def _cue(text: str, word: str):
    from quotewire.nlp.model import load_english

    doc = load_english()(text)
    return next(t for t in doc if t.text == word)


def test_noun_cue_takes_its_possessor() -> None:
    cue = _cue("Her claim that the border is closed drew criticism.", "claim")
    assert find_speaker(cue).text == "Her"


def test_noun_cue_object_takes_the_subject_of_its_verb() -> None:
    cue = _cue("Senator Warren made the claim that taxes would rise.", "claim")
    assert find_speaker(cue).text == "Warren"


def test_participle_on_a_statement_takes_its_issuer() -> None:
    cue = _cue("The governor issued a statement saying the plant would close.", "saying")
    assert find_speaker(cue).text == "governor"


def test_participle_on_a_bare_noun_takes_that_noun() -> None:
    cue = _cue("A report saying the plant would close appeared on Monday.", "saying")
    assert find_speaker(cue).text == "report"


def test_participle_after_a_named_person_is_that_person_s() -> None:
    cue = _cue("The ad uses footage of Hillary Clinton asking, “Where is the plan?”", "asking")
    assert find_speaker(cue).text == "Clinton"
