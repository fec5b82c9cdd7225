"""CSV and TSV tables of articles: a header row, then one article per row.

The columns are those of a JSON Lines record (``id``, ``text`` or ``html``, ``url``,
``published``, ``title``, ``outlet``, ``lang``); other columns are kept in ``Document.extra``.
Spreadsheets and many scrapers export this, and read as text such a table became one article
made of cells. The file's encoding is decided once from its first bytes (UTF-8, else detected)
and the rows are read one at a time, so a large table costs one row of memory.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from quotewire.errors import InputError
from quotewire.options import Settings
from quotewire.read.decoding import decode_bytes, markup_byte_limit
from quotewire.read.jsonl import record_document
from quotewire.read.streams import head
from quotewire.types import Document

DELIMITERS = {"csv": ",", "tsv": "\t"}
_ARTICLE_COLUMNS = ("text", "html")


def read_table(
    stream: io.BufferedReader, origin: str, settings: Settings, *, kind: str = "csv"
) -> Iterator[Document | InputError]:
    """Yield one Document (or an InputError naming ``origin#n``, the n-th row) per row."""
    sample = head(stream)
    try:
        # Cut at a line end so that the sample does not end inside a multi-byte character.
        encoding = decode_bytes(sample[: sample.rfind(b"\n") + 1] or sample, origin).encoding
    except InputError as error:
        yield error
        return
    # A cell may hold a whole article: allow what one JSONL line may hold (the csv module's
    # limit is global and only ever raised here).
    limit = markup_byte_limit(settings)
    csv.field_size_limit(max(csv.field_size_limit(), limit))
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    try:
        lines = _bounded_lines(text, limit)
        yield from _rows(csv.DictReader(lines, delimiter=DELIMITERS[kind]), origin, kind)
    finally:
        text.detach()  # the caller owns the stream (stdin, a response): do not close it


def _bounded_lines(text: io.TextIOWrapper, limit: int) -> Iterator[str]:
    """The table's lines, each read with a limit: the csv module reads whole lines, and a file
    with no line end would otherwise be read whole into memory before its cell is refused."""
    while line := text.readline(limit + 1):
        if len(line) > limit and not line.endswith(("\n", "\r")):
            raise csv.Error(f"line longer than {limit} characters")
        yield line


def _rows(rows: csv.DictReader, origin: str, kind: str) -> Iterator[Document | InputError]:
    number = 0
    try:
        columns = [name.strip().lower() for name in rows.fieldnames or []]
        if not any(name in columns for name in _ARTICLE_COLUMNS):
            shown = ", ".join(columns[:8]) or "none"
            yield InputError(origin, f"no 'text' or 'html' column (columns: {shown})")
            return
        rows.fieldnames = columns
        for number, row in enumerate(rows, start=1):
            record = {key: value for key, value in row.items() if key}
            yield record_document(record, f"{origin}#{number}")
    except csv.Error as error:
        yield InputError(f"{origin}#{number + 1}", f"not a readable {kind.upper()} row: {error}")
        return
    if number == 0:
        yield InputError(origin, "empty input (a header and no rows)")
