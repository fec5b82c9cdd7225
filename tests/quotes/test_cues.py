"""The cue lexicon: hand-written verbs of saying merged with learned priors."""

from __future__ import annotations

from quotewire.quotes.cues import load_cue_lexicon


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
