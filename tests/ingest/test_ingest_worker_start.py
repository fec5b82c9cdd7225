"""How extraction workers start: forked from a parent that has the model, only when safe.

A forked child keeps only the thread that forked it, so a lock held by any other thread at
that moment stays held in the child forever; ingest forks only while it is the one thread,
and the CLI's progress bar (which would otherwise redraw from a thread) starts none.
"""

from __future__ import annotations

import io
import multiprocessing
import threading

import pytest
from rich.console import Console

from quotewire.cli.ingest_cmd import _progress
from quotewire.ingest import IngestReport, _worker_context

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this platform"
)


@needs_fork
def test_workers_are_forked_while_this_is_the_only_thread() -> None:
    assert threading.active_count() == 1
    assert _worker_context().get_start_method() == "fork"


def test_workers_are_spawned_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _worker_context().get_start_method() == "spawn"
    finally:
        stop.set()
        other.join()


@needs_fork
def test_the_progress_bar_draws_without_a_thread_of_its_own() -> None:
    output = io.StringIO()
    console = Console(file=output, force_terminal=True, width=100)
    report = IngestReport()
    with _progress(console, disabled=False) as advance:
        assert threading.active_count() == 1
        for read in range(1, 4):
            report.read = read
            advance(report, 3)
        assert _worker_context().get_start_method() == "fork"
    assert "3/3" in output.getvalue()
