"""Ingest bookkeeping without the model: triage, counting, reasons, idempotence, progress.

The extraction step is replaced by a stand-in that finds every double-quoted span, so these
tests check what ``ingest`` does around extraction, fast.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from quotewire import extraction_pool
from quotewire import ingest as ingest_module
from quotewire.errors import ExtractionError, InputError
from quotewire.feed_polling import poll_due_feeds, seconds_until_due
from quotewire.ingest import IngestReport, ingest
from quotewire.options import Settings
from quotewire.store import Store
from quotewire.store.codec import ArticleRows
from quotewire.store.records import SaveResult
from quotewire.types import Article, Document, Quote


def fake_extract_chunk(
    chunk: list[Document], settings: Settings
) -> list[Article | ExtractionError]:
    """Quotes = text in double quotes; a document whose text says BROKEN fails."""
    results: list[Article | ExtractionError] = []
    for doc in chunk:
        if "BROKEN" in doc.text:
            results.append(ExtractionError(doc.id, "the stand-in extractor refuses this"))
            continue
        quotes = [
            Quote(m.start(1), m.end(1), m.group(1), "direct", speaker="Someone")
            for m in re.finditer(r'"([^"]+)"', doc.text)
        ]
        results.append(
            Article(text=doc.text, id=doc.id, title=doc.title, url=doc.url, outlet=doc.outlet,
                    published=doc.published, language="en", quotes=quotes,
                    extractor_version=ingest_module.EXTRACTOR_VERSION)
        )  # fmt: skip
    return results


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Use the stand-in extractor; the list records the size of every batch it was given."""
    seen: list[int] = []

    def recording(chunk: list[Document], settings: Settings) -> list[Article | ExtractionError]:
        seen.append(len(chunk))
        return fake_extract_chunk(chunk, settings)

    monkeypatch.setattr(extraction_pool, "extract_chunk", recording)
    return seen


def doc(n: int, text: str | None = None, url: str | None = "auto") -> Document:
    return Document(
        id=f"doc-{n}",
        text=text or f'Article {n}. The mayor said "we will rebuild bridge {n}" today.',
        url=f"https://example.org/{n}" if url == "auto" else url,
        origin=f"input.jsonl:{n}",
    )


@pytest.fixture
def store(tmp_path) -> Store:  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "q.db")) as opened:
        yield opened  # type: ignore[misc]


def test_counts_add_up_and_every_problem_names_its_input(store: Store, calls: list[int]) -> None:
    items = [
        doc(1),
        InputError("bad.bin", "binary data, not text"),
        doc(2),
        doc(3, text='BROKEN but "quoted" anyway'),
        doc(1),  # same URL again in the same run
        doc(4, url=None),
    ]
    report = ingest(items, store, settings=Settings(batch_size=2))
    assert (report.read, report.new, report.unchanged, report.updated) == (6, 3, 0, 0)
    assert (report.skipped, report.failed, report.quotes) == (1, 2, 3)
    assert [str(p) for p in report.failures] == [
        "bad.bin: binary data, not text",
        "input.jsonl:3: the stand-in extractor refuses this",
    ]
    assert [str(p) for p in report.skips] == [
        "input.jsonl:1: same article as input.jsonl:1, read earlier"
    ]
    assert not report.ok
    assert store.stats().articles == 3
    assert sum(calls) == 4


def test_second_run_extracts_nothing(store: Store, calls: list[int]) -> None:
    ingest([doc(n) for n in range(5)], store)
    before = store.stats()
    calls.clear()
    report = ingest([doc(n) for n in range(5)], store)
    assert (report.unchanged, report.new, report.quotes) == (5, 0, 0)
    assert calls == []
    assert store.stats() == before


def test_older_extractor_output_is_extracted_again(
    store: Store, calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    old = fake_extract_chunk([doc(1)], Settings())[0]
    assert isinstance(old, Article)
    old.extractor_version = "0.0.1"
    old.quotes = []
    store.save_article(old)
    report = ingest([doc(1), doc(2)], store)
    assert (report.updated, report.new, report.quotes) == (1, 1, 2)
    assert store.article("doc-1").extractor_version == ingest_module.EXTRACTOR_VERSION
    assert len(store.article("doc-1").quotes) == 1


def test_a_store_error_fails_one_article_only(
    store: Store, calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Store.save_rows

    def flaky(self: Store, rows: ArticleRows) -> SaveResult:
        if rows.article["source_id"] == "doc-2":
            from quotewire.errors import StoreError

            raise StoreError("disk is full")
        return original(self, rows)

    monkeypatch.setattr(Store, "save_rows", flaky)
    report = ingest([doc(1), doc(2), doc(3)], store)
    assert (report.new, report.failed) == (2, 1)
    assert str(report.failures[0]) == "input.jsonl:2: disk is full"


def test_progress_reports_every_input_and_the_total_once_known(
    store: Store, calls: list[int]
) -> None:
    seen: list[tuple[int, int | None]] = []

    def progress(report: IngestReport, total: int | None) -> None:
        seen.append((report.read, total))

    ingest([doc(1), InputError("x", "unreadable"), doc(2)], store, on_progress=progress)
    assert seen[-1] == (3, 3)
    assert [read for read, _ in seen] == sorted(read for read, _ in seen)
    assert {total for _, total in seen} <= {3}


def test_reading_ahead_is_bounded(
    store: Store, calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "READ_AHEAD_ITEMS", 3)
    pulled: list[int] = []

    def items():  # type: ignore[no-untyped-def]
        for n in range(10):
            pulled.append(n)
            yield doc(n)

    seen: list[tuple[int | None, int]] = []
    ingest(items(), store, settings=Settings(batch_size=1),
           on_progress=lambda report, total: seen.append((total, len(pulled))))  # fmt: skip
    first_total, pulled_then = seen[0]
    assert first_total is None
    assert pulled_then <= 3 + 1
    assert seen[-1] == (10, 10)


def test_watch_polls_only_feeds_that_are_due(store: Store, calls: list[int]) -> None:
    feeds = ["feed-a.xml", "feed-b.xml"]
    read = {"feed-a.xml": [doc(1), doc(2)], "feed-b.xml": [InputError("feed-b.xml", "not a feed")]}
    first = poll_due_feeds(feeds, store, lambda f: read[f], every=timedelta(minutes=10))
    assert [(p.feed, p.report.new, p.report.failed) for p in first] == [
        ("feed-a.xml", 2, 0), ("feed-b.xml", 0, 1),
    ]  # fmt: skip
    assert poll_due_feeds(feeds, store, lambda f: read[f], every=timedelta(minutes=10)) == []
    assert 590 < seconds_until_due(feeds, store, timedelta(minutes=10)) <= 600
    again = poll_due_feeds(feeds, store, lambda f: read[f], every=timedelta(0))
    assert [p.report.unchanged for p in again] == [2, 0]


def test_an_article_the_statement_index_refuses_fails_alone(
    store: Store, calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotewire.errors import StoreError
    from quotewire.statements.service import PreparedArticle, Statements

    original = Statements.index_prepared

    def refusing(self: Statements, prepared: list[PreparedArticle], **options: bool) -> None:
        if any(article.name == "doc-2" for article in prepared):
            raise StoreError("indexing statements of article doc-2 failed: disk is full")
        original(self, prepared, **options)

    monkeypatch.setattr(Statements, "index_prepared", refusing)
    report = ingest([doc(1), doc(2), doc(3)], store)
    assert (report.read, report.new, report.failed, report.quotes) == (3, 2, 1, 2)
    assert [str(p) for p in report.failures] == [
        "input.jsonl:2: indexing statements of article doc-2 failed: disk is full"
    ]
    indexed = store.dialect.fetch("SELECT article_id FROM statement_articles")
    assert len(indexed) == 2


def test_the_end_of_a_known_input_is_split_into_smaller_batches() -> None:
    documents = [Document(id=f"d{i}", text=f"text {i}") for i in range(100)]
    pending = iter(documents)
    taken = [0]

    def counted():
        for document in pending:
            taken[0] += 1
            yield document

    batches = ingest_module._batches(counted(), 32, lambda: len(documents) - taken[0], workers=2)
    sizes = [len(batch) for batch in batches]
    assert sum(sizes) == 100 and sizes[0] == 25  # 100 left for 2 workers: a quarter each
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] <= ingest_module.TAIL_BATCH
    unknown = ingest_module._batches(iter(documents), 32)  # length unknown: full batches
    assert [len(batch) for batch in unknown] == [32, 32, 32, 4]
