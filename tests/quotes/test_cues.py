"""The cue lexicon: hand-written verbs of saying merged with learned priors."""

from __future__ import annotations

import dataclasses

import pytest

from quotewire.nlp.model import load_english
from quotewire.quotes.content_candidates import content_candidates
from quotewire.quotes.cues import load_cue_lexicon, reporting_forms, with_learned_tables
from quotewire.quotes.reported_extent import reported_tokens


def test_verbs_of_saying_are_cues() -> None:
    lexicon = load_cue_lexicon()
    for form in ("said", "told", "added", "summarized", "stressed"):
        assert lexicon.is_speech(form)
        assert lexicon.prior(form) >= 0.9
        assert lexicon.frame_prior(form, "ccomp") >= lexicon.frame_threshold


def test_learned_frames_cover_beliefs_and_objects() -> None:
    lexicon = load_cue_lexicon()
    assert lexicon.frame_prior("expected", "xcomp") >= lexicon.frame_threshold
    assert lexicon.frame_prior("said", "prep:at") < lexicon.frame_threshold


def test_function_words_do_not_report() -> None:
    lexicon = load_cue_lexicon()
    for form in ("the", "and", "of", "table"):
        assert not lexicon.may_report(form)
    assert lexicon.may_report("according")


@pytest.mark.slow
def test_conjoined_clause_does_not_depend_on_the_learned_lexicon() -> None:
    """Training scores ``reported_tokens``; for it to reproduce the lexicon it was run with,
    whether a conjoined verb is a cue of its own must come from the verbs of saying alone."""
    lexicon = load_cue_lexicon()
    doc = load_english()("Rubio said he was staying in the race, but wants to win Florida.")
    cue = next(t for t in doc if t.lower_ == "said")
    key, tokens = next((k, t) for k, t in content_candidates(cue) if k == "ccomp")
    assert lexicon.may_report("wants") and not lexicon.is_speech("wants")
    reported = reported_tokens(cue, key, tokens, lexicon)
    assert doc[reported[0].i : reported[-1].i + 1].text.endswith("but wants to win Florida")
    bare = dataclasses.replace(lexicon, frames={}, reporting_forms=frozenset(lexicon.speech))
    assert reported_tokens(cue, key, tokens, bare) == reported


def test_a_lexicon_of_other_learned_tables_reports_by_the_same_rule() -> None:
    shipped = load_cue_lexicon()
    learned = {
        "forms": {},
        "frames": {"mulled": {"ccomp": [3, 4, 0.5]}, "eyed": {"dobj": [2, 9, 0.182]}},
    }
    other = with_learned_tables(shipped, learned)
    assert other.may_report("mulled") and not other.may_report("eyed")
    assert other.may_report("said") and other.may_report("according")
    assert not other.may_report("believe") and other.frame_model is None
    assert shipped.reporting_forms == reporting_forms(
        shipped.frames, shipped.frame_threshold, shipped.hand_written
    )
