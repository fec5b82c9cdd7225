"""An article's text cut into pieces at every quote, insertion, cue and speaker mention.

Article text is untrusted. Nothing here builds HTML: the text is cut at offsets into plain
pieces, each with the marks that cover it, and the template prints every piece through
Jinja's autoescaping. So a ``<script>`` tag, an ``onerror=`` attribute or a ``javascript:``
link in an article is only ever text on the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from quotewire.types import Article, Paragraph, Quote

QUOTE_KINDS = ("direct", "indirect", "mixed")

# How each paragraph kind of the layout reader is shown; anything else shows as body text.
PARAGRAPH_KINDS = ("title", "dateline", "body", "header", "credit", "syndication")


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    layer: str  # quote | insertion | cue | mention
    quote: int  # 1-based number of the quote the mark belongs to
    kind: str = ""
    href: str | None = None


def annotate(
    article: Article, speaker_href: Callable[[Quote], str | None] | None = None
) -> list[dict[str, Any]]:
    """The article as paragraphs of pieces: ``{"kind", "pieces": [{"text", ...marks}]}``.

    A piece carries ``quote`` (number), ``quote_kind``, ``insertion``, ``cue`` and ``mention``
    (a link built by ``speaker_href``, or ``None``), ``starts_quote`` and ``also_starts`` (the
    other quotes that begin at the piece). Marks are clipped to their paragraph; a
    quote that crosses a paragraph break is highlighted in both.
    """
    text = article.text
    marks = _marks(article, speaker_href)
    return [
        {"kind": _paragraph_kind(p), "pieces": _pieces(text, p.start, p.end, marks)}
        for p in _paragraphs(article)
    ]


def _marks(article: Article, speaker_href: Callable[[Quote], str | None] | None) -> list[_Mark]:
    limit = len(article.text)
    marks: list[_Mark] = []
    for number, quote in enumerate(article.quotes, 1):
        kind = quote.kind if quote.kind in QUOTE_KINDS else "direct"
        spans = [(quote.start, quote.end, "quote", None)]
        spans += [(s.start, s.end, "insertion", None) for s in quote.insertions]
        if quote.cue_span:
            spans.append((quote.cue_span.start, quote.cue_span.end, "cue", None))
        if quote.speaker_mention:
            href = speaker_href(quote) if speaker_href else None
            spans.append((quote.speaker_mention.start, quote.speaker_mention.end, "mention", href))
        for start, end, layer, href in spans:
            start, end = max(0, start), min(limit, end)
            if start < end:
                marks.append(_Mark(start, end, layer, number, kind, href))
    return marks


def _paragraphs(article: Article) -> list[Paragraph]:
    """The layout's paragraphs, or blank-line blocks when the article has no layout."""
    if article.paragraphs:
        return sorted(article.paragraphs, key=lambda p: p.start)
    paragraphs = []
    start = 0
    for block in article.text.split("\n\n"):
        if block.strip():
            paragraphs.append(Paragraph(start, start + len(block), "body"))
        start += len(block) + 2
    return paragraphs


def _paragraph_kind(paragraph: Paragraph) -> str:
    return paragraph.kind if paragraph.kind in PARAGRAPH_KINDS else "body"


def _pieces(text: str, start: int, end: int, marks: list[_Mark]) -> list[dict[str, Any]]:
    inside = sorted(
        (m for m in marks if m.start < end and m.end > start), key=lambda m: (m.start, -m.end)
    )
    cuts = {start, end}
    for mark in inside:
        cuts.update((max(start, mark.start), min(end, mark.end)))
    bounds = sorted(cuts)
    pieces = []
    for left, right in pairwise(bounds):
        covering = [m for m in inside if m.start <= left and m.end >= right]
        piece = _piece(text[left:right], covering)
        starting = [m.quote for m in covering if m.layer == "quote" and m.start == left]
        piece["starts_quote"] = piece["quote"] in starting
        # Quotes that start here too but are not the one the piece is shown as (two quotes
        # from one offset): each still needs its anchor, or links to it land nowhere.
        piece["also_starts"] = [number for number in starting if number != piece["quote"]]
        pieces.append(piece)
    return pieces


def _piece(text: str, covering: list[_Mark]) -> dict[str, Any]:
    piece: dict[str, Any] = {
        "text": text,
        "quote": None,
        "quote_kind": None,
        "insertion": False,
        "cue": False,
        "mention": False,
        "href": None,
    }
    for mark in covering:
        if mark.layer == "quote":
            # Of overlapping quotes the innermost (latest starting) one names the piece.
            piece["quote"], piece["quote_kind"] = mark.quote, mark.kind
        elif mark.layer == "insertion":
            piece["insertion"] = True
        elif mark.layer == "cue":
            piece["cue"] = True
        elif mark.layer == "mention":
            piece["mention"] = True
            piece["href"] = piece["href"] or mark.href
    return piece
