"""Exporting the store: JSONL (one article per line), or CSV / Parquet (one row per quote)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import IO, Any

from quotewire.errors import StoreError
from quotewire.statements.rows import PENDING
from quotewire.store.codec import quote_ids
from quotewire.store.dialect import Dialect
from quotewire.store.store import Store
from quotewire.types import Article

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
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def quote_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored quote as a flat dict with :data:`QUOTE_ROW_COLUMNS`, article by article."""
    with closing(_QuoteLinks(store.dialect)) as links:
        for article in store.iter_articles():
            yield from _article_rows(article, *links.of(article.id or ""))
        if links.pending is not None:
            # The two reads disagree on the articles (one was written or removed meanwhile):
            # the rows after it would have had no person or statement, so say so instead.
            raise StoreError(f"export: quotes of article {links.pending!r} came in no article")


def _article_rows(
    article: Article, people: dict[str, tuple[str, str]], statements: dict[str, str]
) -> Iterator[dict[str, Any]]:
    """The article's quote rows, given its people (``_QuoteLinks.of``) and statements."""
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


class _QuoteLinks:
    """Each quote's person entity and statement, from one query over the whole store read
    alongside ``Store.iter_articles`` (both in article id order, by the database's own
    ordering), instead of two small queries per article."""

    _SQL = (
        "SELECT q.article_id, q.id AS quote_id, q.speaker_id, si.entity_id, si.entity_name, "
        "f.statement_id FROM quotes q "
        "LEFT JOIN speaker_identities si "
        "ON si.article_id = q.article_id AND si.speaker_id = q.speaker_id "
        "LEFT JOIN statement_appearances sa ON sa.quote_id = q.id "
        "LEFT JOIN statement_forms f ON f.form_key = sa.form_key "
        "ORDER BY q.article_id"
    )

    def __init__(self, db: Dialect) -> None:
        self._rows = db.stream(self._SQL)
        self._next = next(self._rows, None)

    def close(self) -> None:
        """End the query (on PostgreSQL, its server-side cursor) when the export stops early."""
        self._rows.close()

    @property
    def pending(self) -> str | None:
        """The article of the next unread row, if any is left."""
        return None if self._next is None else str(self._next["article_id"])

    def of(self, article_id: str) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
        """The article's speaker ids -> (person entity id, its name), where resolved, and its
        quote ids -> the statement each belongs to. Articles come in the query's order, so
        the rows of this one are next (an article without quotes has none)."""
        people: dict[str, tuple[str, str]] = {}
        statements: dict[str, str] = {}
        while self._next is not None and self._next["article_id"] == article_id:
            row = self._next
            entity_id = row["entity_id"]
            if entity_id is not None and not entity_id.startswith(PENDING):
                people[row["speaker_id"]] = (entity_id, row["entity_name"])
            if row["statement_id"] is not None:
                statements[row["quote_id"]] = row["statement_id"]
            self._next = next(self._rows, None)
        return people, statements


def export_jsonl(store: Store, out: IO[str], *, include_text: bool = False) -> int:
    """One article per line in the JSON contract (``Article.to_dict``); returns the count."""
    count = 0
    for article in store.iter_articles():
        out.write(json.dumps(article.to_dict(include_text=include_text), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def export_csv(store: Store, out: IO[str], *, spreadsheet_safe: bool = False) -> int:
    """One quote per row; returns the number of rows. ``spreadsheet_safe`` writes every text
    cell through ``spreadsheet_cell`` (for a file opened in a spreadsheet, not for data tools:
    it changes the text)."""
    writer = csv.DictWriter(out, fieldnames=list(QUOTE_ROW_COLUMNS))
    writer.writeheader()
    count = 0
    for row in quote_rows(store):
        writer.writerow(
            {k: spreadsheet_cell(v) for k, v in row.items()} if spreadsheet_safe else row
        )
        count += 1
    return count


def spreadsheet_cell(value: Any) -> Any:
    """``value``, with a leading apostrophe when it is text a spreadsheet would run as a
    formula: article text is untrusted, and the apostrophe makes a spreadsheet show it as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


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
