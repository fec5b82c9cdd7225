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


def test_an_article_table_prints_brackets_as_text(monkeypatch, capsys) -> None:
    """Cells are text, not console markup: "[unresolved]", a cue and an occasion in brackets
    stay printed; and a date that was not carried takes one line."""
    from quotewire.cli.extract_cmd import print_article
    from quotewire.types import Article, Quote

    text = '"We will go on," a man said on Monday. "We stay," he said [in town].'
    quotes = [
        Quote(start=1, end=15, text=text[1:15], kind="direct", cue="[said]", date="2022-01-10"),
        Quote(start=40, end=47, text=text[40:47], kind="direct", cue="said",
              occasion="at a rally [in town]"),
    ]  # fmt: skip
    monkeypatch.setenv("COLUMNS", "150")
    print_article(Article(text=text, id="a", language="en", quotes=quotes))
    lines = capsys.readouterr().out.splitlines()
    out = "\n".join(lines)
    assert "[unresolved]" in out and "[said]" in out and "occasion: at a rally [in town]" in out
    row = next(i for i, line in enumerate(lines) if "2022-01-10" in line)
    assert lines[row + 1].startswith("├")


def test_an_occasion_carried_without_a_date_leaves_the_date_column_empty(
    monkeypatch, capsys
) -> None:
    """A statement that carried only an occasion says "(as #1)" on its occasion line, not in
    the date column, as the web page does: the date column notes where a date came from."""
    from quotewire.cli.extract_cmd import print_article
    from quotewire.types import Article, Quote

    text = '"We go," Ann said at a press conference. "We stay," she added.'
    quotes = [
        Quote(start=1, end=6, text=text[1:6], kind="direct", cue="said",
              occasion="at a press conference", attribution_id="a1"),
        Quote(start=42, end=49, text=text[42:49], kind="direct", cue="added",
              occasion="at a press conference", attribution_id="a2", circumstances_from="a1"),
    ]  # fmt: skip
    monkeypatch.setenv("COLUMNS", "150")
    print_article(Article(text=text, id="a", language="en", quotes=quotes))
    out = capsys.readouterr().out
    assert "occasion: at a press conference (as #1)" in out
    assert out.count("as #1") == 1
