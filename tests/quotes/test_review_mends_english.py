"""Mends from the read-only review of the seventeenth session's change (made-up sentences).

A cleft whose "that" clause follows a cue word ("It was his *claim* that ...") reports that
clause, as one after a message noun does (quotes/copula_frames.py); a closing quotation mark
after "was quoted" opens no quotation (quotes/uncredited_sources.py)."""

from __future__ import annotations

import pytest

import quotewire
from quotewire.nlp.model import load_english
from quotewire.quotes.quoting_verbs import quoted_as_saying

pytestmark = pytest.mark.slow


def test_a_cleft_after_a_cue_word_reports_its_clause() -> None:
    quotes = quotewire.extract('It was his claim that he "made up" the story.').quotes
    assert [(q.cue, q.text) for q in quotes] == [("claim", 'that he "made up" the story')]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Bob Smith was quoted "We will win."', True),
        ('Bob Smith was quoted: "We will win."', True),
        ('"The minister was quoted," the spokesman said.', False),
    ],
)
def test_only_an_opening_mark_after_was_quoted_is_a_quotation(text: str, quoted: bool) -> None:
    verb = next(t for t in load_english()(text) if t.lower_ == "quoted")
    assert quoted_as_saying(verb) is quoted
