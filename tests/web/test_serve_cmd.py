"""``quotewire serve``: refuses a store it cannot open, and says so when not on loopback."""

from __future__ import annotations

from click.testing import CliRunner

from quotewire.cli import main
from quotewire.cli.serve_cmd import _is_loopback


def test_serve_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such database (ingest something first)" in result.output


def test_serve_refuses_a_file_that_is_not_a_store(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database " * 200)
    result = CliRunner().invoke(main, ["serve", "--db", str(path)])
    assert result.exit_code == 1 and "Error:" in result.output
    assert "Traceback" not in result.output


def test_loopback_addresses():
    assert all(map(_is_loopback, ["127.0.0.1", "127.1.2.3", "::1", "localhost"]))
    assert not any(map(_is_loopback, ["0.0.0.0", "192.168.1.10", "example.org", "::"]))
