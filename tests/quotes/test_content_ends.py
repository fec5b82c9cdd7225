"""Where a reported clause ends: a closing clause of concession is the writer's framing."""

from __future__ import annotations

import pytest

from quotewire.quotes.content_ends import without_framing_clause

pytestmark = pytest.mark.slow


def _reported(text: str, cue_word: str) -> str:
    from quotewire.nlp.model import load_english

    doc = load_english()(text)
    cue = next(t for t in doc if t.text == cue_word)
    clause = next(c for c in cue.children if c.dep_ == "ccomp")
    kept = without_framing_clause(list(clause.subtree))
    return doc[kept[0].i : kept[-1].i + 1].text


def test_even_though_clause_is_cut() -> None:
    text = "He kept pointing out that North Carolina would win even though he picked Denver."
    assert _reported(text, "pointing") == "that North Carolina would win"


def test_though_clause_after_a_comma_is_cut() -> None:
    text = "Most voters say the plan is about right, though they are more likely to doubt it."
    assert _reported(text, "say").rstrip(",") == "the plan is about right"


def test_condition_stays_with_the_claim() -> None:
    text = "She said the meetings would have occurred even if someone else was in the job."
    assert _reported(text, "said") == text[len("She said ") : -1]


def test_concession_opening_a_quotation_stays() -> None:
    text = 'He said the claims were false even though "you possess the records."'
    assert "even though" in _reported(text, "said")
