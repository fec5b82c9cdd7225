"""Parquet shards: what one partition's extraction produced, as article, quote and speaker tables.

The tables use the store's own row layout (``store.codec``), so loading a shard into any store
is a plain ``save_article`` of the rebuilt ``Article``, and the quote table can feed statement
clustering without touching the database. A shard is a folder named by the partition's key,
written under a temporary name and renamed into place: a shard that exists is complete, a
worker killed while writing leaves only a temporary folder that the next run removes, and two
attempts of one partition (a task the scheduler retried) cannot both land.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from quotewire.errors import StoreError
from quotewire.store.codec import (
    article_from_rows,
    article_row,
    quote_rows,
    speaker_rows,
    store_id,
)
from quotewire.types import Article

ARTICLES = "articles.parquet"
QUOTES = "quotes.parquet"
SPEAKERS = "speakers.parquet"
ERRORS = "errors.parquet"
MANIFEST = "manifest.json"
_TEMP_PREFIX = ".tmp-"

# ``origin`` is where the article was read from (``file:line``, a URL): reports name it.
ARTICLE_SCHEMA = pa.schema([
    ("position", pa.int64()), ("origin", pa.string()), ("id", pa.string()),
    ("source_id", pa.string()), ("url", pa.string()), ("outlet", pa.string()),
    ("title", pa.string()),
    ("published", pa.string()), ("language", pa.string()), ("text", pa.string()),
    ("content_hash", pa.string()), ("syndicated_from", pa.string()), ("layout", pa.string()),
    ("extractor_version", pa.string()),
])  # fmt: skip
# ``article_position`` ties quote and speaker rows to their article row even when one input
# holds the same article twice (same store id).
QUOTE_SCHEMA = pa.schema([
    ("article_position", pa.int64()), ("id", pa.string()), ("article_id", pa.string()),
    ("position", pa.int64()),
    ("start_offset", pa.int64()), ("end_offset", pa.int64()), ("text", pa.string()),
    ("kind", pa.string()), ("cue", pa.string()), ("speaker", pa.string()),
    ("speaker_id", pa.string()), ("speaker_role", pa.string()), ("confidence", pa.float64()),
    ("date", pa.string()), ("occasion", pa.string()), ("detail", pa.string()),
])  # fmt: skip
SPEAKER_SCHEMA = pa.schema([
    ("article_position", pa.int64()), ("article_id", pa.string()), ("id", pa.string()),
    ("name", pa.string()), ("kind", pa.string()), ("role", pa.string()), ("mentions", pa.string()),
])  # fmt: skip
ERROR_SCHEMA = pa.schema([("source", pa.string()), ("reason", pa.string())])


@dataclass(frozen=True, slots=True)
class ShardSummary:
    """What a finished shard holds; returned by worker tasks (small, cheap to gather)."""

    key: str
    articles: int
    quotes: int
    speakers: int
    errors: int
    skipped: bool = False
    cpu_seconds: float = 0.0  # the worker's CPU time for reading and extracting the partition


def shard_path(shard_dir: str | Path, key: str) -> Path:
    return Path(shard_dir) / key


def shard_exists(shard_dir: str | Path, key: str) -> bool:
    """A shard folder exists only once complete (it is renamed into place)."""
    return (shard_path(shard_dir, key) / MANIFEST).is_file()


def write_shard(
    shard_dir: str | Path,
    key: str,
    articles: Iterable[tuple[str, Article]],
    errors: Iterable[tuple[str, str]],
    *,
    definition: dict[str, Any] | None = None,
) -> ShardSummary:
    """Write one partition's results atomically; an existing shard is kept as it is.

    ``articles`` are ``(origin, article)`` pairs in input order. ``errors`` are
    ``(source, reason)`` pairs of inputs that could not be read or extracted, kept so the
    client reports them after the run. ``definition`` goes into the manifest.
    """
    root = Path(shard_dir)
    root.mkdir(parents=True, exist_ok=True)
    final = shard_path(root, key)
    if shard_exists(root, key):
        return read_summary(root, key, skipped=True)
    article_table, quote_table, speaker_table = _tables(articles)
    error_list = list(errors)
    error_table = pa.Table.from_pylist(
        [{"source": s, "reason": r} for s, r in error_list], schema=ERROR_SCHEMA
    )
    summary = ShardSummary(
        key, article_table.num_rows, quote_table.num_rows, speaker_table.num_rows, len(error_list)
    )
    temp = root / f"{_TEMP_PREFIX}{key}-{uuid.uuid4().hex}"
    temp.mkdir()
    try:
        pq.write_table(article_table, temp / ARTICLES)
        pq.write_table(quote_table, temp / QUOTES)
        pq.write_table(speaker_table, temp / SPEAKERS)
        pq.write_table(error_table, temp / ERRORS)
        manifest = {
            "key": key,
            "definition": definition,
            "counts": {
                "articles": summary.articles, "quotes": summary.quotes,
                "speakers": summary.speakers, "errors": summary.errors,
            },
        }  # fmt: skip
        (temp / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        _fsync_folder(temp)
        os.rename(temp, final)
    except OSError as error:
        shutil.rmtree(temp, ignore_errors=True)
        if shard_exists(root, key):  # another attempt of the same partition finished first
            return read_summary(root, key, skipped=True)
        raise StoreError(f"{final}: could not write shard ({error})") from error
    return summary


def read_summary(shard_dir: str | Path, key: str, *, skipped: bool = False) -> ShardSummary:
    manifest = json.loads((shard_path(shard_dir, key) / MANIFEST).read_text(encoding="utf-8"))
    counts = manifest["counts"]
    return ShardSummary(
        key, counts["articles"], counts["quotes"], counts["speakers"], counts["errors"], skipped
    )


def read_articles(shard_dir: str | Path, key: str) -> Iterator[tuple[str, Article]]:
    """``(origin, article)`` in input order, each article exactly as extraction returned it."""
    folder = shard_path(shard_dir, key)
    quotes: dict[int, list[dict[str, Any]]] = {}
    for row in pq.read_table(folder / QUOTES).to_pylist():
        quotes.setdefault(row["article_position"], []).append(row)
    speakers: dict[int, list[dict[str, Any]]] = {}
    for row in pq.read_table(folder / SPEAKERS).to_pylist():
        speakers.setdefault(row["article_position"], []).append(row)
    for row in pq.read_table(folder / ARTICLES).to_pylist():
        position = row["position"]
        article = article_from_rows(
            row, sorted(quotes.get(position, []), key=lambda q: q["position"]),
            speakers.get(position, []),
        )  # fmt: skip
        article.id = row["source_id"]  # the reader's id, as extraction returned it
        yield row["origin"], article


def read_errors(shard_dir: str | Path, key: str) -> list[tuple[str, str]]:
    table = pq.read_table(shard_path(shard_dir, key) / ERRORS)
    return [(row["source"], row["reason"]) for row in table.to_pylist()]


def read_quotes(shard_dir: str | Path, key: str) -> pa.Table:
    """The shard's quote table (the store's quote rows, plus ``article_position``)."""
    return pq.read_table(shard_path(shard_dir, key) / QUOTES)


def remove_temporary(shard_dir: str | Path) -> int:
    """Delete what killed writers left behind; returns how many folders were removed."""
    root = Path(shard_dir)
    if not root.is_dir():
        return 0
    removed = 0
    for folder in root.glob(f"{_TEMP_PREFIX}*"):
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


def _tables(articles: Iterable[tuple[str, Article]]) -> tuple[pa.Table, pa.Table, pa.Table]:
    article_list: list[dict[str, Any]] = []
    quote_list: list[tuple[Any, ...]] = []
    speaker_list: list[tuple[Any, ...]] = []
    for position, (origin, article) in enumerate(articles):
        article_id = store_id(article)
        row = article_row(article, article_id)
        row.pop("ingested_at")
        row.pop("updated_at")
        article_list.append({"position": position, "origin": origin, **row})
        quote_list.extend((position, *q) for q in quote_rows(article_id, article.quotes))
        speaker_list.extend((position, *s) for s in speaker_rows(article_id, article.speakers))
    return (
        pa.Table.from_pylist(article_list, schema=ARTICLE_SCHEMA),
        _from_tuples(quote_list, QUOTE_SCHEMA),
        _from_tuples(speaker_list, SPEAKER_SCHEMA),
    )


def _from_tuples(rows: list[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema.names]
    arrays = [
        pa.array(list(column), type=field.type)
        for column, field in zip(columns, schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def _fsync_folder(folder: Path) -> None:
    """Flush the shard's files before the rename makes them visible."""
    for path in folder.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())
