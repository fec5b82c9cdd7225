"""CSV and TSV tables of articles: a header row, one article per row, JSONL's fields as columns."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

from quotewire.options import Settings
from quotewire.read.sources import read_sources

TEXT = 'The minister said the talks were useful.\n\n"We will return in May," he added.'


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def test_each_row_is_an_article_with_its_fields(tmp_path: Path, settings: Settings, split) -> None:
    path = write_csv(tmp_path / "export.csv", [
        ["ID", "Text", "Published", "Section"],
        ["a1", TEXT, "2024-05-03", "World"],
        ["a2", "", "2024-05-04", "World"],
    ])  # fmt: skip
    docs, errors = split(read_sources([str(path)], settings))
    (doc,) = docs
    assert (doc.id, doc.text, doc.published, doc.origin) == ("a1", TEXT, "2024-05-03", f"{path}#1")
    assert doc.extra["section"] == "World"
    assert [str(e) for e in errors] == [
        f"{path}#2: the 'text' / 'html' field is empty or not a string"
    ]


def test_tsv_gzip_and_a_legacy_encoding(tmp_path: Path, settings: Settings) -> None:
    tsv = io.StringIO()
    csv.writer(tsv, delimiter="\t").writerows(
        [["id", "text"], ["fr", "Le président a déclaré « non »."]]
    )
    path = tmp_path / "export.tsv.gz"
    path.write_bytes(gzip.compress(tsv.getvalue().encode("cp1252")))
    (doc,) = read_sources([str(path)], settings)
    assert doc.text == "Le président a déclaré « non »."


def test_a_table_without_an_article_column_is_one_error(tmp_path: Path, settings: Settings) -> None:
    path = write_csv(tmp_path / "numbers.csv", [["year", "votes"], ["2020", "12"]])
    (error,) = read_sources([str(path)], settings)
    assert str(error) == f"{path}: no 'text' or 'html' column (columns: year, votes)"
    header_only = write_csv(tmp_path / "empty.csv", [["id", "text"]])
    (error,) = read_sources([str(header_only)], settings)
    assert str(error) == f"{header_only}: empty input (a header and no rows)"


def test_stdin_keeps_its_stream_open(settings: Settings) -> None:
    stdin = io.BytesIO(f"id,text\ns1,{TEXT.splitlines()[0]}\n".encode())
    (doc,) = read_sources(["-"], settings, input_format="csv", stdin=stdin)
    assert doc.id == "s1" and not stdin.closed


def test_a_line_over_the_limit_ends_the_table_with_an_error(
    tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "huge.csv"
    path.write_text(
        "id,text\nbig," + "word " * (2 * 1024 * 1024) + "\nsmall,said\n", encoding="utf-8"
    )
    (error,) = read_sources([str(path)], settings)
    assert str(error) == f"{path}#1: not a readable CSV row: line longer than 8388608 characters"
