"""Ingest: read → extract → store, with extraction in ``jobs`` processes, one of them the writer.

The parent process reads the inputs, skips articles the store already holds unchanged (before
spending the model on them), extracts batches itself and hands others to ``jobs - 1``
extraction workers, and saves every result itself, in input order: each article in a
transaction of its own, committed with its batch. One bad input never stops the rest: it is
counted and reported with its reason.

Workers are forked from the parent after it has loaded the spaCy model, so they share it and
start in milliseconds, like the workers of ``nlp.pipe(n_process=N)``. Where forking is not
safe (another thread is running, or the platform has no fork) they are spawned and each loads
the model itself, which costs seconds.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing.context import BaseContext
from typing import Any, NamedTuple

from quotewire.errors import ExtractionError, InputError, QuotewireError
from quotewire.options import Settings
from quotewire.pipeline import EXTRACTOR_VERSION, extract_batch
from quotewire.statements.service import (
    PreparedArticle,
    Statements,
    prepare_article,
    prepare_articles,
)
from quotewire.store import Store
from quotewire.store.codec import ArticleRows, article_rows, content_hash, store_id
from quotewire.store.records import SaveResult
from quotewire.store.store import needs_update
from quotewire.types import Article, Document

# How far reading may run ahead of extraction: enough to know the total (for an ETA) of any
# ordinary run, small enough to keep memory flat on a huge one.
READ_AHEAD_ITEMS = 5_000
READ_AHEAD_CHARS = 64_000_000
# How often a forked worker checks that the process that started it is still there.
PARENT_CHECK_SECONDS = 0.5
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
        with _Extraction(workers, settings) as extraction, run.writing():
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


Chunk = list[Document]


class Ready(NamedTuple):
    """An article as the writer needs it: its rows and its prepared statement indexing, so
    that the one writing process mostly executes inserts. Workers send this instead of the
    ``Article`` (which the writer then never unpickles)."""

    rows: ArticleRows
    statements: PreparedArticle


Results = list[Ready | Article | ExtractionError]
"""What the writer gets for each document of a chunk: prepared where it was extracted,
extracted only (its preparation failed: the writer tries again), or failed."""
Extracted = tuple[Chunk, Results]


def ready_to_store(article: Article) -> Ready:
    """Everything the writer needs of an article, computed without the database."""
    return Ready(article_rows(article), prepare_article(article))


def ready_to_store_all(articles: list[Article]) -> list[Ready]:
    """``ready_to_store`` of a batch: statement preparation runs its array code once for the
    batch rather than once per article (``prepare_articles``)."""
    prepared = prepare_articles(articles)
    return [Ready(article_rows(a), p) for a, p in zip(articles, prepared, strict=True)]


def extract_chunk(chunk: Chunk, settings: Settings) -> list[Article | ExtractionError]:
    """Extract one batch (in a worker or in-process); never raises for one bad article."""
    return list(extract_batch(chunk, settings=settings, return_errors=True))


def extract_and_prepare(chunk: Chunk, settings: Settings) -> Results:
    """What an extracting process does with a batch: extract it, then compute what the writer
    needs of each article (``_finish``), so that the writer mostly executes inserts."""
    return _finish(extract_chunk(chunk, settings))


def _finish(results: list[Article | ExtractionError]) -> Results:
    """An extracting process's part after extraction: what the writer can be spared, for the
    whole batch at once; should that fail, article by article (``_prepared``)."""
    try:
        ready = iter(ready_to_store_all([r for r in results if isinstance(r, Article)]))
    except Exception:
        return [_prepared(result) for result in results]
    return [result if isinstance(result, ExtractionError) else next(ready) for result in results]


def _prepared(result: Article | ExtractionError) -> Ready | Article | ExtractionError:
    if isinstance(result, ExtractionError):
        return result
    try:
        return ready_to_store(result)
    except Exception:  # the writer prepares it again, and reports what fails
        return result


@dataclass(slots=True)
class _Job:
    """One batch: sent to a worker (``remote``) or extracted here, and how many times it has
    been sent."""

    chunk: Chunk
    future: Future[Results]
    attempts: int
    remote: bool = True


class _Extraction(AbstractContextManager["_Extraction"]):
    """``--jobs N``: N processes extract, this one and N - 1 workers; results in input order.

    This process is also the one writer. It keeps each worker two batches ahead and, while they
    extract, extracts the next batch itself, then saves whatever is done at the head of the
    queue. So ``--jobs N`` keeps N processes busy on N cores, and the writer's work takes turns
    with this process's own extraction instead of a core of its own: with ``--jobs 1``
    everything runs in this process, like ``nlp.pipe(n_process=1)``; with ``--jobs 2`` two
    processes share two cores, with no third process (a writer beside two workers) preempting
    them. How much each process extracts follows from how fast it is: the writer extracts less.

    At most two batches per worker are in flight, and at most ``LOCAL_AHEAD`` batches this
    process extracted wait for an earlier worker batch, so memory stays flat however long the
    input. When a worker dies (killed, out of memory, a crash in native code) the pool is
    started again and its unfinished batches are sent again; a batch that breaks the pool
    ``MAX_ATTEMPTS`` times fails, with the reason, and the run goes on.
    """

    MAX_ATTEMPTS = 2
    # This process waits for a worker only this many batches ahead of it: a worker slowed by
    # other work on its core would otherwise idle this one. The batches waiting hold only their
    # rows (~8 KB per article).
    LOCAL_AHEAD = 4

    def __init__(self, jobs: int, settings: Settings) -> None:
        self.workers = jobs - 1
        self.settings = settings
        _load_model()
        # What is alive now (the model above all) lives as long as the processes: kept out of
        # the cyclic garbage collector's passes in this process and in every forked worker
        # (which would also copy the pages those passes touch): about 0.3 ms of CPU per article
        # in extraction. Collected first, so no garbage is kept for good.
        gc.collect()
        gc.freeze()
        self.pool = self._start() if self.workers else None

    def _start(self) -> ProcessPoolExecutor:
        context = _worker_context()
        if context.get_start_method() == "fork":  # every worker inherits the loaded model
            return ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )  # fmt: skip
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_load_model)

    def run(self, chunks: Iterator[Chunk]) -> Iterator[Extracted]:
        queue: deque[_Job] = deque()
        for chunk in chunks:
            while queue and (queue[0].future.done() or self._full(queue)):
                yield self._collect(queue)
            if self.pool is not None and self._sent(queue) < 2 * self.workers:
                queue.append(self._submit(chunk))
            else:
                queue.append(self._here(chunk))
        while queue:
            yield self._collect(queue)

    def _sent(self, queue: deque[_Job]) -> int:
        """Batches sent to the workers and not saved yet."""
        return sum(1 for job in queue if job.remote)

    def _full(self, queue: deque[_Job]) -> bool:
        """Whether this process has extracted as far ahead of the oldest batch as it may."""
        return sum(1 for job in queue if not job.remote) >= self.LOCAL_AHEAD and (
            self._sent(queue) >= 2 * self.workers
        )

    def _here(self, chunk: Chunk) -> _Job:
        done: Future[Results] = Future()
        done.set_result(extract_and_prepare(chunk, self.settings))
        return _Job(chunk, done, 1, remote=False)

    def _submit(self, chunk: Chunk, attempts: int = 0) -> _Job:
        assert self.pool is not None
        try:
            future = self.pool.submit(extract_and_prepare, chunk, self.settings)
            return _Job(chunk, future, attempts + 1)
        except BrokenProcessPool as error:  # broke since the last collect: handled there
            broken: Future[Results] = Future()
            broken.set_exception(error)
            return _Job(chunk, broken, attempts)

    def _collect(self, queue: deque[_Job]) -> Extracted:
        job = queue.popleft()
        try:
            return job.chunk, job.future.result()
        except BrokenProcessPool:
            assert self.pool is not None
            self.pool.shutdown(cancel_futures=True)
            self.pool = self._start()
            for index, waiting in enumerate(queue):
                if not _finished(waiting.future):
                    queue[index] = self._submit(waiting.chunk, waiting.attempts)
            if job.attempts < self.MAX_ATTEMPTS:
                queue.appendleft(self._submit(job.chunk, job.attempts))
                return self._collect(queue)
            reason = "the extraction worker process died (out of memory or a crash)"
            return job.chunk, [ExtractionError(d.id, reason) for d in job.chunk]

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def _finished(future: Future[Results]) -> bool:
    return future.done() and future.exception() is None


def _worker_context() -> BaseContext:
    """Fork where it is safe, else spawn.

    A forked child has only the thread that forked it; a lock another thread held at that
    moment (in logging, in an output stream) would stay locked in the child forever. So fork
    only while this is the process's one thread (the CLI's progress bar starts none).
    """
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _exit_with_parent(parent: int) -> None:
    """Make a forked worker exit when the ingest process is gone (killed with -9, say).

    A forked worker inherits the parent's end of its own task queue too, so it never sees the
    queue close and would otherwise wait for work forever; a spawned one holds only its own
    end and exits by itself."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="quotewire-parent-watch", daemon=True).start()


def _load_model() -> None:
    from quotewire.nlp.model import load_english

    load_english()


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
