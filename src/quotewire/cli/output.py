"""Printing results: a coloured table on a terminal, or JSON / JSONL / CSV for other programs."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

SHORT_CELL = 12  # characters: a column no wider is kept on one line (a date, a count, a kind)
LONG_CELL = 16  # characters each wrapping column needs at least to stay readable


class _PipedConsole(Console):
    """A console for stdout that leaves a closed pipe to the command line's one handling
    (``quotewire.cli.app``: quiet, exit code 0); rich's own exits 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def stdout_console() -> Console:
    """The console every command prints its tables and articles with."""
    return _PipedConsole()


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_jsonl(rows: Iterable[Any]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def print_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})


def print_table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    *,
    title: str | None = None,
    styles: dict[str, str] | None = None,
) -> None:
    """A readable table; colours only when stdout is a terminal (rich decides). Columns whose
    cells are all short (counts, dates, kinds) keep them on one line and the long ones (names,
    quotes, roles) share the rest, wrapping at spaces. A console too narrow for that (80
    columns, as when piped) gets one record per row instead, a field per line, like psql's
    expanded display: a table folded into slivers is unreadable."""
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    headers = [c.replace("_", " ") for c in columns]
    widest = [
        max([len(h), *(len(line) for row in cells for line in row[i].split("\n"))])
        for i, h in enumerate(headers)
    ]
    short = [w <= SHORT_CELL for w in widest]
    console = stdout_console()
    needed = sum(w if one_line else LONG_CELL for w, one_line in zip(widest, short, strict=True))
    if console.width < needed + 3 * len(columns) + 1:
        _print_records(console, cells, headers, title=title, styles=styles, columns=columns)
        return
    table = Table(title=title, show_lines=False, expand=False)
    for header, column, one_line in zip(headers, columns, short, strict=True):
        table.add_column(
            header,
            style=(styles or {}).get(column),
            no_wrap=one_line,
            min_width=len(header),
            overflow="fold",
        )
    for row in cells:
        table.add_row(*row)
    console.print(table)


def _print_records(
    console: Console,
    cells: list[list[str]],
    headers: list[str],
    *,
    title: str | None,
    styles: dict[str, str] | None,
    columns: Sequence[str],
) -> None:
    if title:
        console.print(Text(title, style="italic"))
    for number, row in enumerate(cells, 1):
        record = Table.grid(padding=(0, 2))
        record.add_column(style="dim", no_wrap=True)
        record.add_column(overflow="fold")
        for header, column, value in zip(headers, columns, row, strict=True):
            record.add_row(header, Text(value, style=(styles or {}).get(column, "")))
        console.print(Text(f"[{number}]", style="bold"))
        console.print(record)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return str(value)
