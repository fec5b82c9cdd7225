"""The seam between language processing and attribution: one call per article Doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
