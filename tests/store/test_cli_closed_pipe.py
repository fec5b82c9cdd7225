"""A reader that closes the pipe early (``quotewire export | head``) ends the command quietly
with exit code 0: no traceback, no message (docs/store.md, "A closed pipe")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from store_articles import lavrov_article, merkel_article

from quotewire.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("pipe") / "quotewire.db")
    store = Store.open(path)
    try:
        with store.batch():
            store.save_article(lavrov_article())
            store.save_article(merkel_article())
    finally:
        store.close()
    return path


def _with_closed_stdout(args: list[str]) -> tuple[int, str]:
    """Run the CLI with its stdout a pipe nobody reads: it is closed before the command
    writes, as ``head`` closes it after its lines."""
    process = subprocess.Popen(
        [sys.executable, "-m", "quotewire", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read()
    return process.wait(timeout=120), errors


@pytest.mark.parametrize(
    "command",
    [
        ["export"],
        ["export", "--format", "csv"],
        ["search", "NATO"],
        ["search", "--format", "json"],
        ["speakers", "--format", "csv"],
        ["speakers"],
    ],
    ids=" ".join,
)
def test_a_closed_pipe_ends_the_command_quietly(db: str, command: list[str]) -> None:
    assert _with_closed_stdout([*command, "--db", db]) == (0, "")


@pytest.mark.slow
def test_extract_into_a_closed_pipe_ends_quietly() -> None:
    assert _with_closed_stdout(["extract", "examples/lavrov-csto.txt"]) == (0, "")
