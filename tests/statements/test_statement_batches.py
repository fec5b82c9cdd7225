"""Indexing articles in batches (as ingest does) stores exactly what indexing one by one does."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotewire.pipeline import extract_batch
from quotewire.read.sources import read_sources
from quotewire.statements.service import Statements
from quotewire.store import Store
from quotewire.types import Article

CORPUS = Path(__file__).parents[1] / "data" / "store" / "wikinews-en-24.jsonl"
TABLES = (
    "statement_articles", "statement_appearances", "statement_forms", "statement_index_keys",
    "statement_edges", "article_sketch_keys", "article_duplicates", "syndication_links",
    "speaker_identities", "speaker_entities",
)  # fmt: skip


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    found = list(extract_batch(read_sources([str(CORPUS)])))
    assert sum(len(a.speakers) for a in found) > 20  # speaker groups are exercised
    return found


def contents(store: Store) -> dict[str, list[tuple]]:
    """Every row of the statement tables, sorted; timestamps left out."""
    db = store.dialect
    found = {}
    for table in TABLES:
        rows = db.fetch(f"SELECT * FROM {table}")
        found[table] = sorted(
            tuple(str(v) for k, v in sorted(dict(r).items()) if not k.endswith("_at")) for r in rows
        )
    return found


def index(target: Path, articles: list[Article], batch: int) -> dict[str, list[tuple]]:
    with Store.open(str(target)) as store:
        service = Statements(store)
        for start in range(0, len(articles), batch):
            chunk = articles[start : start + batch]
            for article in chunk:
                store.save_article(article)
            if batch == 1:
                service.update_article(chunk[0])
            else:
                service.update_articles(chunk)
        return contents(store)


@pytest.mark.slow
def test_batches_store_the_same_as_one_by_one(tmp_path: Path, articles: list[Article]) -> None:
    one_by_one = index(tmp_path / "single.db", articles, 1)
    assert one_by_one["speaker_entities"] and one_by_one["statement_appearances"]
    assert index(tmp_path / "batch5.db", articles, 5) == one_by_one
    assert index(tmp_path / "whole.db", articles, len(articles)) == one_by_one


@pytest.mark.slow
def test_reindexing_a_batch_changes_nothing(tmp_path: Path, articles: list[Article]) -> None:
    with Store.open(str(tmp_path / "again.db")) as store:
        service = Statements(store)
        for article in articles:
            store.save_article(article)
        service.update_articles(articles)
        first = contents(store)
        service.update_articles(articles)
        assert contents(store) == first


@pytest.mark.slow
def test_resolving_speakers_later_stores_the_same(tmp_path: Path, articles: list[Article]) -> None:
    at_once = index(tmp_path / "at-once.db", articles, 5)
    with Store.open(str(tmp_path / "later.db")) as store:
        service = Statements(store)
        for start in range(0, len(articles), 5):
            chunk = articles[start : start + 5]
            for article in chunk:
                store.save_article(article)
            service.update_articles(chunk, resolve=False)
        waiting = contents(store)
        assert not waiting["speaker_entities"]
        assert all(row[1].startswith("pending:") for row in waiting["speaker_identities"])
        # What a killed run left pending, the next run's catch-up resolves.
        assert service.catch_up() == 0
        assert contents(store) == at_once
        assert not store.dialect.fetch("SELECT * FROM speaker_groups_pending")
