"""The writer commits several batches at once (``COMMIT_ARTICLES``): what it stores is the
same, other connections see whole commits only, and a commit that fails stores nothing and
counts its articles as failed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from quotewire import ingest as ingest_module
from quotewire.errors import StoreError
from quotewire.extraction_pool import ready_to_store
from quotewire.ingest import _Run
from quotewire.options import Settings
from quotewire.store import Store
from quotewire.types import Article, Document, Quote


def chunk(first: int, size: int) -> tuple[list[Document], list[Article]]:
    """``size`` small articles, each with one quote, numbered from ``first``."""
    documents, articles = [], []
    for n in range(first, first + size):
        said = f"we will open the bridge number {n} before the winter comes"
        text = f'Report {n}. The mayor said "{said}" on Monday in the town hall.'
        start = text.index(said)
        url = f"https://news.example/{n}"
        documents.append(Document(id=f"d{n}", text=text, url=url))
        articles.append(
            Article(
                text=text,
                id=f"d{n}",
                url=url,
                outlet="news",
                quotes=[Quote(start, start + len(said), said, "direct", speaker="Ana Berg")],
                extractor_version="0.1.0",
            )
        )
    return documents, articles


def committed(db: Path) -> int:
    with sqlite3.connect(db) as other:
        return int(other.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def test_batches_are_committed_together_and_the_rest_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "COMMIT_ARTICLES", 6)
    db = tmp_path / "commits.db"
    seen = []
    with Store.open(str(db)) as store:
        run = _Run(store, Settings(), None)
        with run.writing():
            for first in (0, 4, 8):
                documents, articles = chunk(first, 4)
                run.store_chunk(documents, [ready_to_store(a) for a in articles])
                seen.append(committed(db))
        seen.append(committed(db))
        run.resolve_speakers()
        assert (run.report.new, run.report.quotes, run.report.failed) == (12, 12, 0)
        assert store.stats().articles == 12
    # 4 stored: not committed yet; 8: committed; 12: committed at the end of the run.
    assert seen == [0, 8, 8, 12]


def test_a_failed_commit_stores_nothing_and_counts_its_articles_as_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(str(tmp_path / "failing.db")) as store:
        batch = store.batch

        @contextmanager
        def failing_batch(doing: str = "writing") -> Iterator[None]:
            with batch(doing):
                yield
                raise StoreError("disk full")

        monkeypatch.setattr(store, "batch", failing_batch)
        run = _Run(store, Settings(), None)
        documents, articles = chunk(0, 3)
        with run.writing():
            run.store_chunk(documents, articles)
            assert run.report.new == 3  # counted at once, for the progress
        report = run.report
        assert (report.read, report.new, report.quotes, report.failed) == (3, 0, 0, 3)
        assert all("disk full" in str(problem) for problem in report.failures)
        assert store.stats().articles == 0


def test_an_exception_rolls_the_open_transaction_back(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "rolled-back.db")) as store:
        run = _Run(store, Settings(), None)
        documents, articles = chunk(0, 2)
        with pytest.raises(KeyboardInterrupt), run.writing():
            run.store_chunk(documents, articles)
            raise KeyboardInterrupt
        assert store.stats().articles == 0
        assert not store.dialect.connection.in_transaction
