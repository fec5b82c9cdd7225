"""The seam between language processing and attribution: one call per article Doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotewire.nlp.dates import resolve_relative
from quotewire.quotes.carried_circumstances import resolve_carried_dates
from quotewire.types import Quote, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quotewire.read.layout import Layout


def attribute_doc(doc: Doc, layout: Layout) -> tuple[list[Quote], list[Speaker]]:
    """Find the quotations in an English Doc and resolve their speakers.

    ``doc`` covers the whole article text, so offsets are the article's.
    """
    from quotewire.quotes.english import attribute_english

    return attribute_english(doc, layout)


def resolve_dates(quotes: list[Quote], published: str | None) -> None:
    """Fill ``Quote.date`` from the time expression the attribution found ("on Friday"), or
    from the statement its circumstances were carried from."""
    for quote in quotes:
        if quote.date is None and quote.date_text is not None:
            quote.date = resolve_relative(quote.date_text.text, published)
    resolve_carried_dates(quotes)
