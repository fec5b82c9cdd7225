"""Exporting the store: JSONL (one article per line), or CSV / Parquet (one row per quote)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from quotewire.statements.rows import PENDING
from quotewire.store.codec import quote_ids
from quotewire.store.dialect import Dialect
from quotewire.store.store import Store

# One row per quote: the quote, who said it, and the article that reported it. ``speaker_id``
# is the speaker within its article ("s1"); ``person_id`` / ``person`` the person entity across
# articles (``quotewire speakers``), ``statement_id`` the statement across outlets
# (``quotewire statements``, ``provenance``): empty until statements are indexed.
QUOTE_ROW_COLUMNS = (
    "quote_id", "article_id", "start", "end", "text", "kind", "cue", "speaker", "speaker_id",
    "speaker_role", "person_id", "person", "statement_id", "confidence", "date", "occasion",
    "published", "title", "url", "outlet", "language", "syndicated_from", "extractor_version",
)  # fmt: skip

_PARQUET_BATCH = 10_000


def quote_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored quote as a flat dict with :data:`QUOTE_ROW_COLUMNS`, article by article."""
    for article in store.iter_articles():
        people = _people(store.dialect, article.id or "")
        statements = _statements(store.dialect, article.id or "")
        for quote_id, quote in zip(quote_ids(article.id or "", article.quotes), article.quotes,
                                   strict=True):  # fmt: skip
            person_id, person = people.get(quote.speaker_id or "", (None, None))
            yield {
                "quote_id": quote_id,
                "article_id": article.id,
                "start": quote.start,
                "end": quote.end,
                "text": quote.text,
                "kind": quote.kind,
                "cue": quote.cue,
                "speaker": quote.speaker,
                "speaker_id": quote.speaker_id,
                "speaker_role": quote.speaker_role,
                "person_id": person_id,
                "person": person,
                "statement_id": statements.get(quote_id),
                "confidence": quote.confidence,
                "date": quote.date,
                "occasion": quote.occasion,
                "published": article.published,
                "title": article.title,
                "url": article.url,
                "outlet": article.outlet,
                "language": article.language,
                "syndicated_from": "; ".join(article.syndicated_from),
                "extractor_version": article.extractor_version,
            }


def _people(db: Dialect, article_id: str) -> dict[str, tuple[str, str]]:
    """The article's speaker ids -> (person entity id, its name), where resolved."""
    rows = db.fetch(
        "SELECT speaker_id, entity_id, entity_name FROM speaker_identities WHERE article_id = ?",
        (article_id,),
    )
    return {
        r["speaker_id"]: (r["entity_id"], r["entity_name"])
        for r in rows
        if not r["entity_id"].startswith(PENDING)
    }


def _statements(db: Dialect, article_id: str) -> dict[str, str]:
    """The article's quote ids -> the statement each belongs to."""
    rows = db.fetch(
        "SELECT sa.quote_id, f.statement_id FROM statement_appearances sa "
        "JOIN statement_forms f ON f.form_key = sa.form_key WHERE sa.article_id = ?",
        (article_id,),
    )
    return {r["quote_id"]: r["statement_id"] for r in rows}


def export_jsonl(store: Store, out: IO[str], *, include_text: bool = False) -> int:
    """One article per line in the JSON contract (``Article.to_dict``); returns the count."""
    count = 0
    for article in store.iter_articles():
        out.write(json.dumps(article.to_dict(include_text=include_text), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def export_csv(store: Store, out: IO[str]) -> int:
    """One quote per row; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=list(QUOTE_ROW_COLUMNS))
    writer.writeheader()
    count = 0
    for row in quote_rows(store):
        writer.writerow(row)
        count += 1
    return count


def export_parquet(store: Store, path: str | Path) -> int:
    """One quote per row, written in row groups so memory stays flat; returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"start": pa.int64(), "end": pa.int64(), "confidence": pa.float64()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in QUOTE_ROW_COLUMNS])
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in quote_rows(store):
            batch.append(row)
            if len(batch) >= _PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
