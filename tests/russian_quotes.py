"""Helpers for the Russian quote-finder tests: run the finder on a constructed text."""

from __future__ import annotations

from quotewire.quotes.russian import attribute_russian
from quotewire.read.layout import parse_layout
from quotewire.types import Quote


def quotes_of(text: str) -> list[Quote]:
    """Every quote the Russian finder gives for ``text``."""
    return attribute_russian(text, parse_layout(text))[0]


def only(text: str) -> Quote:
    """The one quote of ``text``; fails, listing them, when there is not exactly one."""
    quotes = quotes_of(text)
    assert len(quotes) == 1, [(q.kind, q.text, q.speaker) for q in quotes]
    return quotes[0]
