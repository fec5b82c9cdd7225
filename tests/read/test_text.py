"""Plain-text articles: one file is one article, read with its encoding and a size limit."""

from __future__ import annotations

from pathlib import Path

from quotewire.options import Settings
from quotewire.read.ids import document_id
from quotewire.read.sources import read_sources

ARTICLE = (
    "Minister praises talks\n\n"
    "GENEVA — The foreign minister said on Friday that the talks were “useful”.\n\n"
    "“We will meet again,” he told reporters at the Palais des Nations."
)


def test_the_fixture_article(inputs: Path, settings: Settings, split) -> None:
    docs, errors = split(read_sources([str(inputs / "article.txt")], settings))
    assert errors == []
    (doc,) = docs
    assert doc.text.startswith("Israeli army kills three Egyptians in border incident\n\nGAZA - ")
    assert doc.origin == str(inputs / "article.txt")
    assert doc.url is None and doc.title is None
    assert doc.id == document_id(content=doc.text)
    assert doc.id.startswith("sha1:") and len(doc.id) == 5 + 16


def test_ids_are_stable_across_runs(inputs: Path, settings: Settings) -> None:
    first = [d.id for d in read_sources([str(inputs / "article.txt")], settings)]
    again = [d.id for d in read_sources([str(inputs / "article.txt")], settings)]
    assert first == again


def test_windows_line_endings_become_blank_lines(tmp_path: Path, settings: Settings, split) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    docs, _ = split(read_sources([str(path)], settings))
    assert docs[0].text == ARTICLE


def test_a_cp1252_file_is_decoded_and_says_so(tmp_path: Path, settings: Settings, split) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    docs, errors = split(read_sources([str(path)], settings))
    assert errors == []
    assert docs[0].text == ARTICLE
    assert docs[0].extra["encoding"].endswith("(detected)")


def test_binary_file_is_an_error_naming_it(tmp_path: Path, settings: Settings, split) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    docs, errors = split(read_sources([str(path)], settings))
    assert docs == []
    assert str(errors[0]) == f"{path}: binary data (NUL bytes), not text"


def test_empty_file(tmp_path: Path, settings: Settings, split) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _, errors = split(read_sources([str(path)], settings))
    assert str(errors[0]) == f"{path}: empty input"


def test_oversized_text_is_skipped_with_the_limit(tmp_path: Path, split) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 2000, encoding="utf-8")
    docs, errors = split(read_sources([str(path)], Settings(max_article_chars=1000)))
    assert docs == []
    assert "over max_article_chars=1000" in str(errors[0])
    assert str(errors[0]).startswith(str(path))
