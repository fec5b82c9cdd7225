"""How extraction workers start: forked from a parent that has the model, only when safe.

A forked child keeps only the thread that forked it, so a lock held by any other thread at
that moment stays held in the child forever; ingest forks only while it is the one thread,
and the CLI's progress bar (which would otherwise redraw from a thread) starts none. The fork
cases run in a fresh interpreter, as the CLI does: libraries imported by other tests (Dask's
offload pool) leave threads in this one.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import textwrap
import threading

import pytest

from quotewire.extraction_pool import _worker_context

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this platform"
)


def in_fresh_interpreter(code: str) -> None:
    """Run ``code`` (asserts) in a new Python process with only its main thread."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


@needs_fork
def test_workers_are_forked_while_this_is_the_only_thread() -> None:
    in_fresh_interpreter("""
        import threading
        from quotewire.extraction_pool import _worker_context
        assert threading.active_count() == 1
        assert _worker_context().get_start_method() == "fork"
    """)


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
    in_fresh_interpreter("""
        import io
        import threading
        from rich.console import Console
        from quotewire.cli.ingest_cmd import _progress
        from quotewire.extraction_pool import _worker_context
        from quotewire.ingest import IngestReport
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
    """)
