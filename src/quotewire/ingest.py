"""Ingest: read → extract → store, with extraction in ``jobs`` processes, one of them the writer.

The parent process reads the inputs, skips articles the store already holds unchanged (before
spending the model on them), extracts batches itself and hands others to ``jobs - 1``
extraction workers (``quotewire.extraction_pool``), and saves every result itself, in input
order: each article in a transaction of its own, committed with its batch. One bad input never
stops the rest: it is counted and reported with its reason.
"""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

from quotewire.errors import ExtractionError, InputError, QuotewireError
from quotewire.extraction_pool import (
    Chunk,
    ExtractionPool,
    Ready,
    Results,
    ready_to_store,
)
from quotewire.options import Settings
from quotewire.pipeline import EXTRACTOR_VERSION
from quotewire.statements.service import PreparedArticle, Statements
from quotewire.store import Store
from quotewire.store.codec import content_hash, store_id
from quotewire.store.records import SaveResult
from quotewire.store.store import needs_update
from quotewire.types import Article, Document

# How far reading may run ahead of extraction: enough to know the total (for an ETA) of any
# ordinary run, small enough to keep memory flat on a huge one.
READ_AHEAD_ITEMS = 5_000
READ_AHEAD_CHARS = 64_000_000
# Speaker identities are resolved after this many stored batches (and at the end of the run):
# resolving re-reads every record of each surname group touched, so after every batch a
# popular name would cost more the larger the store.
RESOLVE_EVERY = 16
# The smallest batch the end of a run is split into (see ``_batches``).
TAIL_BATCH = 4
# The writer commits once this many articles are stored (and at the end): every commit
# flushes a new full-text segment and writes every B-tree page the batches dirtied (the index
# keys land at random places), so committing every second default batch instead of every one
# saves about a tenth of the writer's CPU. A killed run loses at most this much work.
COMMIT_ARTICLES = 64


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that failed or was skipped, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did. ``read`` = new + updated + unchanged + skipped + failed."""

    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    quotes: int = 0
    chars: int = 0
    seconds: float = 0.0
    failures: list[Problem] = field(default_factory=list)
    skips: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def fail(self, source: str, reason: str) -> None:
        self.failed += 1
        self.failures.append(Problem(source, reason))

    def skip(self, source: str, reason: str) -> None:
        self.skipped += 1
        self.skips.append(Problem(source, reason))

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "failed": self.failed,
            "quotes": self.quotes,
            "chars": self.chars,
            "seconds": round(self.seconds, 3),
            "failures": [str(p) for p in self.failures],
            "skips": [str(p) for p in self.skips],
        }


ProgressCallback = Callable[[IngestReport, int | None], None]
"""Called after every input is accounted for, with the report so far and the total number of
inputs once reading has finished (``None`` before)."""


def ingest(
    items: Iterable[Document | InputError],
    store: Store,
    *,
    settings: Settings | None = None,
    jobs: int | None = None,
    on_progress: ProgressCallback | None = None,
) -> IngestReport:
    """Extract and store every document; input errors are counted as failures, not raised.

    ``items`` is what ``read_sources`` yields. ``jobs`` (default ``settings.jobs``) is the
    number of extracting processes, this one included: with 1, everything runs here.
    """
    settings = settings or Settings()
    run = _Run(store, settings, on_progress)
    started = time.perf_counter()
    # A run killed before indexing what it saved, or before resolving the speakers of what it
    # indexed, left that undone.
    Statements(store).catch_up()
    workers = max(1, jobs if jobs is not None else settings.jobs)
    chunks = _batches(run.candidates(items), settings.batch_size, run.left, workers)
    first = next(chunks, None)
    if first is not None:
        with ExtractionPool(workers, settings) as extraction, run.writing():
            for chunk, results in extraction.run(chain([first], chunks)):
                run.store_chunk(chunk, results)
        run.resolve_speakers()
    run.report.seconds = time.perf_counter() - started
    return run.report


class _Run:
    """The parent's bookkeeping: triage before extraction, saving after, progress."""

    def __init__(self, store: Store, settings: Settings, on_progress: ProgressCallback | None):
        self.store = store
        self.settings = settings
        self.report = IngestReport()
        self.on_progress = on_progress
        self.total: int | None = None
        self.first_seen: dict[str, str] = {}
        self.ahead: _ReadAhead | None = None
        self.chunks_unresolved = 0
        self.open: ExitStack | None = None  # the transaction the chunks are stored in
        self.uncommitted: list[tuple[Document, SaveResult]] = []

    def candidates(self, items: Iterable[Document | InputError]) -> Iterator[Document]:
        """The documents that need extraction; everything else is accounted for here."""
        ahead = self.ahead = _ReadAhead(iter(items))
        while (item := ahead.next()) is not None:
            if ahead.exhausted:
                self.total = ahead.count
            if isinstance(item, InputError):
                self.report.read += 1
                self.report.fail(item.source, item.reason)
                self._progress()
            elif self._needs_extraction(item):
                yield item
        self.total = ahead.count
        self._progress()

    def _needs_extraction(self, document: Document) -> bool:
        article_id = store_id(Article(text=document.text, url=document.url))
        name = _name(document)
        if article_id in self.first_seen:
            self._account(document)
            self.report.skip(name, f"same article as {self.first_seen[article_id]}, read earlier")
            return False
        self.first_seen[article_id] = name
        try:
            stored = self.store.stored_version(url=document.url, text=document.text)
        except QuotewireError as error:
            self._account(document)
            self.report.fail(name, str(error))
            return False
        if stored and not needs_update(stored, content_hash(document.text), EXTRACTOR_VERSION):
            self._account(document)
            self.report.unchanged += 1
            return False
        return True

    def left(self) -> int | None:
        """Inputs not yet taken for extraction, once reading has reached the end (else None)."""
        return self.ahead.waiting if self.ahead and self.ahead.exhausted else None

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Around the calls of ``store_chunk``: commits what is left at the end; an exception
        rolls the open transaction back and goes on."""
        try:
            yield
        except BaseException:
            if self.open is not None:
                open_transaction, self.open = self.open, None
                self.uncommitted = []
                open_transaction.__exit__(*sys.exc_info())
            raise
        self.commit()

    def store_chunk(self, chunk: Chunk, results: Results) -> None:
        """Save the chunk's articles, then index the statements of those saved together (each
        speaker group resolved once). Each article is saved in a savepoint of its own, so one
        that fails is undone alone. Chunks are committed together once ``COMMIT_ARTICLES`` are
        stored (see ``commit``): one commit for many articles keeps the single writer cheap,
        and a killed process loses the uncommitted articles whole; the next run stores them
        again. They are counted at once (the progress shows them) and taken back as failed if
        their commit fails. An ``Article`` whose preparation failed is prepared here (and
        fails here, named)."""
        if self.open is None:
            transaction = ExitStack()
            try:
                transaction.enter_context(self.store.batch("storing articles"))
            except QuotewireError as error:  # the database cannot be written now
                for document in chunk:
                    self._account(document)
                    self.report.fail(_name(document), str(error))
                return
            self.open = transaction
        saved: list[tuple[Document, SaveResult, PreparedArticle]] = []
        for document, result in zip(chunk, results, strict=True):
            self._account(document)
            if isinstance(result, ExtractionError):
                self.report.fail(_name(document), result.reason)
                continue
            try:
                ready = result if isinstance(result, Ready) else ready_to_store(result)
                outcome = self.store.save_rows(ready.rows)
            except QuotewireError as error:
                self.report.fail(_name(document), str(error))
                continue
            if outcome.status == "unchanged":
                self.report.unchanged += 1
            else:
                saved.append((document, outcome, ready.statements))
        for document, outcome in self._index(saved):
            self._count(outcome, 1)
            self.uncommitted.append((document, outcome))
        if len(self.uncommitted) >= COMMIT_ARTICLES:
            self.commit()
        self.chunks_unresolved += 1
        if self.chunks_unresolved >= RESOLVE_EVERY:
            self.resolve_speakers()
        self._progress()

    def commit(self) -> None:
        """Commit the chunks stored since the last commit; if that fails, nothing of them is
        stored, and their articles count as failed instead."""
        if self.open is None:
            return
        open_transaction, self.open = self.open, None
        committed, self.uncommitted = self.uncommitted, []
        try:
            open_transaction.close()
        except QuotewireError as error:
            for document, outcome in committed:
                self._count(outcome, -1)
                self.report.fail(_name(document), str(error))

    def _count(self, outcome: SaveResult, sign: int) -> None:
        self.report.quotes += sign * outcome.quotes
        if outcome.status == "new":
            self.report.new += sign
        else:
            self.report.updated += sign

    def resolve_speakers(self) -> None:
        """Resolve the speaker groups the chunks stored since the last time touched (after
        committing them, in a transaction of its own)."""
        self.commit()
        self.chunks_unresolved = 0
        try:
            Statements(self.store).resolve_speakers()
        except QuotewireError as error:  # stays pending: the next run resolves it
            self.report.fail("speaker identities", str(error))

    def _index(
        self, saved: list[tuple[Document, SaveResult, PreparedArticle]]
    ) -> list[tuple[Document, SaveResult]]:
        """Index the saved articles' statements; what the index refuses counts as failed."""
        statements = Statements(self.store)
        try:
            statements.index_prepared([prepared for *_, prepared in saved], resolve=False)
            return [(document, outcome) for document, outcome, _ in saved]
        except QuotewireError:
            indexed = []
            for document, outcome, prepared in saved:  # one by one, to name the bad article
                try:
                    statements.index_prepared([prepared], resolve=False)
                    indexed.append((document, outcome))
                except QuotewireError as error:
                    self.report.fail(_name(document), str(error))
            return indexed

    def _account(self, document: Document) -> None:
        self.report.read += 1
        self.report.chars += len(document.text)
        self._progress()

    def _progress(self) -> None:
        if self.on_progress:
            self.on_progress(self.report, self.total)


class _ReadAhead:
    """Pull inputs ahead of extraction (bounded), so the total is known early for an ETA."""

    def __init__(self, items: Iterator[Document | InputError]) -> None:
        self._items = items
        self._buffer: deque[Document | InputError] = deque()
        self.chars = 0
        self.count = 0
        self.exhausted = False

    def next(self) -> Document | InputError | None:
        while (
            not self.exhausted
            and len(self._buffer) < READ_AHEAD_ITEMS
            and self.chars < READ_AHEAD_CHARS
        ):
            item = next(self._items, None)
            if item is None:
                self.exhausted = True
                break
            self._buffer.append(item)
            self.chars += len(item.text) if isinstance(item, Document) else 0
            self.count += 1
        if not self._buffer:
            return None
        item = self._buffer.popleft()
        self.chars -= len(item.text) if isinstance(item, Document) else 0
        return item

    @property
    def waiting(self) -> int:
        """Items read but not handed on yet."""
        return len(self._buffer)


def _batches(
    documents: Iterator[Document],
    size: int,
    left: Callable[[], int | None] = lambda: None,
    workers: int = 1,
) -> Iterator[Chunk]:
    """Batches of ``size`` documents; near the end of an input whose length is known
    (``left()``: the documents not batched yet, ``None`` while unknown) smaller ones, so that
    the workers finish together rather than one extracting the last full batch while the
    others wait, and the writer has little left to do once extraction ends."""
    while True:
        remaining = left()
        wanted = size
        if remaining is not None:
            wanted = min(size, max(TAIL_BATCH, -(-remaining // (2 * workers))))
        chunk = list(islice(documents, max(1, wanted)))
        if not chunk:
            return
        yield chunk


def _name(document: Document) -> str:
    """How to name a document in a report: where it came from."""
    return document.origin or document.url or document.id
