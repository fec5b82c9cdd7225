"""Speech cues, round four: the occasion phrase after a cue, a quotation before its cue, verbs
of saying the learned lexicon lacks. Hand-written cases; the ones that attribute load the
model."""

from __future__ import annotations

import pytest
from quote_samples import Attribute

from quotewire.quotes.cues import load_cue_lexicon


def test_rare_verbs_of_saying_may_report() -> None:
    lexicon = load_cue_lexicon()
    for form in ("testified", "yelled", "bragged", "retorted", "muttered"):
        assert lexicon.may_report(form)
        assert lexicon.is_speech(form)
    assert not lexicon.is_speech("whisper")  # mostly a noun in news
    assert not lexicon.is_speech("proclaimed")  # as often a topic as the words said


@pytest.mark.slow
def test_programme_title_after_the_cue_is_no_mixed_statement(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'The senator said on ABC\'s "This Week" on Sunday that the governor was endangering '
        "American troops overseas."
    )
    assert [q.kind for q in quotes] == ["indirect"]
    assert quotes[0].text.startswith("that the governor was endangering")


@pytest.mark.slow
def test_quotation_in_the_occasion_phrase_is_not_reported(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'Trump spoke about the wall. "We will build it," he said in a Thursday interview with '
        'Sirius XM\'s "Breitbart News Daily."'
    )
    assert [(q.kind, q.text) for q in quotes if q.cue == "said"] == [
        ("direct", "We will build it,")
    ]


@pytest.mark.slow
def test_quotation_before_its_cue_is_its_direct_quote(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'Trump says turnout is good news for Republicans. "GROWING PARTY," he declared in a '
        "tweet after the primaries."
    )
    growing = next(q for q in quotes if q.text.startswith("GROWING"))
    assert growing.kind == "direct"
    assert growing.cue == "declared"
    assert not any(q.text.startswith("in a tweet") for q in quotes)
