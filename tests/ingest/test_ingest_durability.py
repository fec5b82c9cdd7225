"""Killed mid-run, ingest keeps every committed article whole; a rerun completes the rest.
Extraction in worker processes stores exactly what in-process extraction stores."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from quotewire.ingest import ingest
from quotewire.read.sources import read_sources
from quotewire.store import Store

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parents[1] / "data" / "store" / "wikinews-en-24.jsonl"


def snapshot(db: str) -> dict[str, dict]:  # type: ignore[type-arg]
    with Store.open(db, read_only=True) as store:
        return {a.id: a.to_dict(include_text=True) for a in store.iter_articles()}  # type: ignore[misc]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:  # type: ignore[type-arg]
    """The corpus ingested in one uninterrupted run, in this process."""
    db = str(tmp_path_factory.mktemp("reference") / "reference.db")
    with Store.open(db) as store:
        report = ingest(read_sources([str(CORPUS)]), store)
    assert (report.new, report.failed) == (24, 0)
    return snapshot(db)


def stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def copies(tmp_path: Path, times: int) -> Path:
    """The corpus repeated under new ids and URLs: long enough that a kill lands mid-run."""
    path = tmp_path / "corpus.jsonl"
    with CORPUS.open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as out:
        records = [json.loads(line) for line in source]
        for copy in range(times):
            for record in records:
                record = {
                    **record,
                    "id": f"{record['id']}-{copy}",
                    "url": f"{record['url']}#{copy}",
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_kill_9_mid_ingest_loses_nothing_and_rerun_completes(tmp_path: Path) -> None:
    corpus = copies(tmp_path, 4)
    total = 4 * 24
    with Store.open(str(tmp_path / "reference.db")) as store:
        ingest(read_sources([str(corpus)]), store)
    reference = snapshot(str(tmp_path / "reference.db"))
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "quotewire", "ingest", str(corpus), "--db", str(db), "-q",
               "--jobs", "2"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while stored_articles(db) < 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    workers = psutil.Process(process.pid).children()
    assert workers, "with two jobs, a worker process extracts beside the ingest process"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    _, alive = psutil.wait_procs(workers, timeout=10)  # workers do not outlive the ingest
    assert not alive

    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    survived = snapshot(str(db))
    assert 3 <= len(survived) < total
    for article_id, article in survived.items():  # whole articles only, as in a clean run
        assert article == reference[article_id]

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{total - len(survived)} new, 0 updated, {len(survived)} unchanged" in rerun.stdout
    assert snapshot(str(db)) == reference


def fork_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork the workers even if another test left a thread running (ingest would spawn them
    then), so that they inherit the patches of the test."""
    import multiprocessing

    from quotewire import extraction_pool

    monkeypatch.setattr(
        extraction_pool, "_worker_context", lambda: multiprocessing.get_context("fork")
    )


def test_two_jobs_extract_here_and_in_a_worker_and_store_the_same(
    tmp_path: Path,
    reference: dict[str, dict],  # type: ignore[type-arg]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``--jobs 2``: this process extracts batches between its saves, one forked worker the
    others; the store is the same as one process makes."""
    from quotewire import extraction_pool
    from quotewire.options import Settings

    extractors = tmp_path / "extractors.txt"
    extract = extraction_pool.extract_chunk

    def recording(chunk: list, settings: Settings) -> list:  # type: ignore[type-arg]
        with extractors.open("a") as out:  # the forked worker inherits this patch
            out.write(f"{os.getpid()}\n")
        return extract(chunk, settings)

    monkeypatch.setattr(extraction_pool, "extract_chunk", recording)
    fork_workers(monkeypatch)
    db = str(tmp_path / "jobs2.db")
    with Store.open(db) as store:
        report = ingest(read_sources([str(CORPUS)]), store, settings=Settings(batch_size=2),
                        jobs=2)  # fmt: skip
    assert (report.new, report.failed) == (24, 0)
    assert snapshot(db) == reference
    pids = set(extractors.read_text().split())
    assert len(pids) == 2
    assert str(os.getpid()) in pids


def test_an_article_that_fails_in_a_worker_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ``ExtractionError`` comes back from a worker with the batch's other results (it
    pickles by its fields); it used to break the pool and take its whole batch down."""
    from quotewire import extraction_pool
    from quotewire.errors import ExtractionError
    from quotewire.options import Settings

    extract = extraction_pool.extract_chunk

    def first_fails(chunk: list, settings: Settings) -> list:  # type: ignore[type-arg]
        results = extract(chunk, settings)  # the forked worker inherits this patch
        return [ExtractionError(chunk[0].id, "made to fail", 3), *results[1:]]

    monkeypatch.setattr(extraction_pool, "extract_chunk", first_fails)
    fork_workers(monkeypatch)
    with Store.open(str(tmp_path / "failing.db")) as store:
        report = ingest(read_sources([str(CORPUS)]), store, settings=Settings(batch_size=3),
                        jobs=2)  # fmt: skip
    assert (report.new, report.failed) == (16, 8)
    assert all("made to fail" in problem.reason for problem in report.failures)


def test_a_killed_worker_is_replaced_and_its_batch_sent_again(tmp_path: Path) -> None:
    import multiprocessing

    from quotewire.ingest import IngestReport
    from quotewire.options import Settings

    db = str(tmp_path / "dead-worker.db")
    killed: list[int] = []

    def kill_a_worker_once(report: IngestReport, total: int | None) -> None:
        if report.new == 2 and not killed:
            worker = multiprocessing.active_children()[0]  # the pool's (forked or spawned)
            assert worker.pid is not None
            os.kill(worker.pid, signal.SIGKILL)
            killed.append(worker.pid)

    with Store.open(db) as store:
        report = ingest(read_sources([str(CORPUS)]), store, settings=Settings(batch_size=2),
                        jobs=2, on_progress=kill_a_worker_once)  # fmt: skip
    assert killed
    assert (report.new, report.failed) == (24, 0)


def test_one_job_extracts_in_this_process_without_workers(tmp_path: Path) -> None:
    import multiprocessing

    from quotewire.ingest import IngestReport

    children: list[int] = []

    def count_children(report: IngestReport, total: int | None) -> None:
        children.append(len(multiprocessing.active_children()))

    with Store.open(str(tmp_path / "jobs1.db")) as store:
        report = ingest(read_sources([str(CORPUS)]), store, jobs=1, on_progress=count_children)
    assert (report.new, report.failed) == (24, 0)
    assert children and not any(children)
