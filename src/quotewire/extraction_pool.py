"""The extracting processes of an ingest run: this one and ``jobs - 1`` workers in a pool.

Each process extracts a batch and computes what the writer needs of every article
(``Ready``), so that the one writing process (the ingest run's, ``quotewire.ingest``) mostly
executes inserts. Results come back in input order; a worker that dies is replaced and its
batches are sent again.

Workers are forked from the parent after it has loaded the spaCy model, so they share it and
start in milliseconds, like the workers of ``nlp.pipe(n_process=N)``. Where forking is not
safe (another thread is running, or the platform has no fork) they are spawned and each loads
the model itself, which costs seconds.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from typing import NamedTuple

from quotewire.errors import ExtractionError
from quotewire.options import Settings
from quotewire.pipeline import extract_batch
from quotewire.statements.service import PreparedArticle, prepare_article, prepare_articles
from quotewire.store.codec import ArticleRows, article_rows
from quotewire.types import Article, Document

# How often a forked worker checks that the process that started it is still there.
PARENT_CHECK_SECONDS = 0.5

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


class ExtractionPool(AbstractContextManager["ExtractionPool"]):
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
