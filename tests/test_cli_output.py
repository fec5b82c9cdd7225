"""Tables on wide and narrow consoles: short columns stay on one line, and a console too narrow
for the table gets one record per row instead of columns folded into slivers."""

from __future__ import annotations

import pytest

from quotewire.cli.output import print_table

ROWS = [
    {"name": "George W. Bush", "quotes": 27, "roles": "US President (2005-06-29), President "
     "(2005-08-04..2008-02-06)", "first_date": "2005-06-29", "last_date": "2008-02-06"},
    {"name": "Íngrid Betancourt", "quotes": 20, "roles": "Freed hostage (2008-07-04)",
     "first_date": "2008-07-04", "last_date": "2008-07-04"},
]  # fmt: skip
COLUMNS = ("name", "quotes", "roles", "first_date", "last_date")


def _printed(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, width: int) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    print_table(ROWS, COLUMNS, title="Most quoted speakers")
    return capsys.readouterr().out


def test_wide_console_keeps_dates_and_headers_whole(monkeypatch, capsys) -> None:
    out = _printed(monkeypatch, capsys, 120)
    assert "┃ first date ┃ last date  ┃" in out
    assert "│ 2005-06-29 │ 2008-02-06 │" in out


def test_narrow_console_prints_records(monkeypatch, capsys) -> None:
    out = _printed(monkeypatch, capsys, 60)
    assert "┃" not in out
    lines = [line.rstrip() for line in out.splitlines()]
    assert lines[:3] == ["Most quoted speakers", "[1]", "name        George W. Bush"]
    assert "first date  2008-07-04" in lines
    assert "roles       Freed hostage (2008-07-04)" in lines
