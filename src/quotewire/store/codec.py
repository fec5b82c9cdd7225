"""Turning an ``Article`` into table rows and back, losslessly.

Columns that are filtered or searched (speaker, kind, date, outlet, ...) get their own column;
the rest (offsets of layout parts, mentions, cue spans) is kept as JSON beside them, so that
``article(id)`` returns the same ``Article`` that was saved.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any, NamedTuple

from quotewire.read.ids import document_id
from quotewire.types import (
    Article,
    Mention,
    Paragraph,
    Quote,
    Span,
    Speaker,
    SyndicationCredit,
)

ARTICLE_COLUMNS = (
    "id", "source_id", "url", "outlet", "title", "published", "language", "text",
    "content_hash", "syndicated_from", "layout", "extractor_version", "ingested_at", "updated_at",
)  # fmt: skip
QUOTE_COLUMNS = (
    "id", "article_id", "position", "start_offset", "end_offset", "text", "kind", "cue",
    "speaker", "speaker_id", "speaker_role", "confidence", "date", "occasion", "detail",
)  # fmt: skip
SPEAKER_COLUMNS = ("article_id", "id", "name", "kind", "role", "mentions")
SYNDICATION_COLUMNS = ("article_id", "position", "source", "line_start", "line_end")


def store_id(article: Article) -> str:
    """The article's stable id in the store: its URL's hash, else its text's.

    The same function as the readers' ``document_id``, so an input read twice (or from a feed
    and then from a WARC) maps to the same row.
    """
    return document_id(url=article.url, content=article.text)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def quote_ids(article_id: str, quotes: Iterable[Quote]) -> list[str]:
    """Stable quote ids from the article id, offsets and kind (numbered if ever repeated)."""
    ids: list[str] = []
    seen: set[str] = set()
    for quote in quotes:
        key = f"{article_id}\x1f{quote.start}\x1f{quote.end}\x1f{quote.kind}"
        quote_id = "q:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        if quote_id in seen:
            quote_id = f"{quote_id}.{len(ids)}"
        seen.add(quote_id)
        ids.append(quote_id)
    return ids


def article_row(article: Article, article_id: str) -> dict[str, Any]:
    """The article's row, its timestamps left empty for the writer to stamp."""
    layout = {
        "paragraphs": [p.to_dict() for p in article.paragraphs],
        "title_span": article.title_span.to_dict() if article.title_span else None,
        "dateline": article.dateline.to_dict() if article.dateline else None,
        "headers": [s.to_dict() for s in article.headers],
        "credits": [s.to_dict() for s in article.credits],
        "syndication": [c.to_dict() for c in article.syndication],
        "notes": list(article.notes),
    }
    return {
        "id": article_id,
        "source_id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "content_hash": content_hash(article.text),
        "syndicated_from": _json(article.syndicated_from),
        "layout": _json(layout),
        "extractor_version": article.extractor_version,
        "ingested_at": "",
        "updated_at": "",
    }


class ArticleRows(NamedTuple):
    """An article as the rows ``Store.save_article`` writes (its timestamps are the writer's).

    Ingest's extraction workers shape them, so that the one writing process only executes
    the inserts; a named tuple of plain values pickles cheaply."""

    article_id: str
    article: dict[str, Any]
    speakers: list[tuple[Any, ...]]
    quotes: list[tuple[Any, ...]]
    syndication: list[tuple[Any, ...]]


def article_rows(article: Article) -> ArticleRows:
    """Every row of the article, ``ingested_at`` and ``updated_at`` left empty."""
    article_id = store_id(article)
    return ArticleRows(
        article_id,
        article_row(article, article_id),
        speaker_rows(article_id, article.speakers),
        quote_rows(article_id, article.quotes),
        syndication_rows(article_id, article.syndication),
    )


def quote_rows(article_id: str, quotes: list[Quote]) -> list[tuple[Any, ...]]:
    rows = []
    for position, (quote_id, quote) in enumerate(
        zip(quote_ids(article_id, quotes), quotes, strict=True)
    ):
        detail = {
            "cue_span": quote.cue_span.to_dict() if quote.cue_span else None,
            "speaker_mention": quote.speaker_mention.to_dict() if quote.speaker_mention else None,
            "date_text": quote.date_text.to_dict() if quote.date_text else None,
            "insertions": [s.to_dict() for s in quote.insertions],
            "attribution_id": quote.attribution_id,
            "circumstances_from": quote.circumstances_from,
        }
        rows.append((
            quote_id, article_id, position, quote.start, quote.end, quote.text, quote.kind,
            quote.cue, quote.speaker, quote.speaker_id, quote.speaker_role,
            float(quote.confidence), quote.date, quote.occasion, _json(detail),
        ))  # fmt: skip
    return rows


def speaker_rows(article_id: str, speakers: list[Speaker]) -> list[tuple[Any, ...]]:
    return [
        (article_id, s.id, s.name, s.kind, s.role, _json([m.to_dict() for m in s.mentions]))
        for s in speakers
    ]


def syndication_rows(article_id: str, credits: list[SyndicationCredit]) -> list[tuple[Any, ...]]:
    return [
        (article_id, position, c.source, c.line.start, c.line.end)
        for position, c in enumerate(credits)
    ]


def article_from_rows(
    row: dict[str, Any], quotes: list[dict[str, Any]], speakers: list[dict[str, Any]]
) -> Article:
    """Rebuild the saved ``Article``; its ``id`` is the store's id."""
    layout = json.loads(row["layout"])
    return Article(
        text=row["text"],
        id=row["id"],
        title=row["title"],
        published=row["published"],
        language=row["language"],
        url=row["url"],
        outlet=row["outlet"],
        paragraphs=[Paragraph(**p) for p in layout["paragraphs"]],
        title_span=_span(layout["title_span"]),
        dateline=_span(layout["dateline"]),
        headers=[Span.from_dict(s) for s in layout["headers"]],
        credits=[Span.from_dict(s) for s in layout["credits"]],
        syndication=[SyndicationCredit.from_dict(c) for c in layout["syndication"]],
        quotes=[quote_from_row(q) for q in quotes],
        speakers=[
            Speaker.from_dict({**s, "mentions": json.loads(s["mentions"])}) for s in speakers
        ],
        notes=list(layout["notes"]),
        extractor_version=row["extractor_version"],
    )


def quote_from_row(row: dict[str, Any]) -> Quote:
    detail = json.loads(row["detail"])
    mention = detail.get("speaker_mention")
    return Quote(
        start=row["start_offset"],
        end=row["end_offset"],
        text=row["text"],
        kind=row["kind"],
        cue=row["cue"],
        cue_span=_span(detail.get("cue_span")),
        speaker=row["speaker"],
        speaker_id=row["speaker_id"],
        speaker_role=row["speaker_role"],
        speaker_mention=Mention.from_dict(mention) if mention else None,
        confidence=float(row["confidence"]),
        date=row["date"],
        date_text=_span(detail.get("date_text")),
        occasion=row["occasion"],
        insertions=[Span.from_dict(s) for s in detail.get("insertions", [])],
        attribution_id=detail.get("attribution_id"),
        circumstances_from=detail.get("circumstances_from"),
    )


def _span(data: dict[str, Any] | None) -> Span | None:
    return Span.from_dict(data) if data else None


# One encoder for every row: ``json.dumps`` with any non-default option builds a new encoder
# per call, and an article's rows make one call per quote and per speaker.
_ENCODE_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json(value: Any) -> str:
    return _ENCODE_JSON(value)
