"""Reported speech that the first rounds missed, one construction per test (constructed
sentences; the classes were found on the gold set's `tune2` part, docs/russian.md)."""

from __future__ import annotations

import pytest

from quotewire.quotes.russian import attribute_russian
from quotewire.read.layout import parse_layout
from quotewire.types import Quote


def quotes_of(text: str) -> list[Quote]:
    return attribute_russian(text, parse_layout(text))[0]


def only(text: str) -> Quote:
    quotes = quotes_of(text)
    assert len(quotes) == 1, [(q.kind, q.text, q.speaker) for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("phrase", "source"),
    [("Согласно заявлению МВД", "МВД"), ("По утверждениям чиновников", "чиновники")],
)
def test_according_to_phrases_with_soglasno_and_plural_nouns(phrase: str, source: str) -> None:
    quote = only(f"{phrase}, проверка продлится до конца месяца.")
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect", "проверка продлится до конца месяца", source,
    )  # fmt: skip


def test_an_abbreviation_is_not_declined_back_to_the_nominative() -> None:
    quote = only("Согласно заявлению ИГ, боевики действовали «по собственной воле».")
    assert quote.kind == "mixed" and quote.speaker == "ИГ"
