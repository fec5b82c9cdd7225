"""read_sources: folders, stdin, format detection, limits, laziness."""

from __future__ import annotations

import io
import json
import os
import shutil
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotewire.errors import InputError
from quotewire.options import Settings
from quotewire.read.sources import detect_format, read_sources, sniff_format
from quotewire.types import Document

ARTICLE = "The minister said on Friday that the talks were useful.\n\nHe will return in May."


def test_a_folder_is_read_recursively_in_name_order_without_hidden_files(
    tmp_path: Path, inputs: Path, settings: Settings
) -> None:
    shutil.copytree(inputs, tmp_path / "in")
    (tmp_path / "in" / "later").mkdir()
    (tmp_path / "in" / "later" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / ".cache").mkdir()
    (tmp_path / "in" / ".cache" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    origins = [item.origin for item in read_sources([str(tmp_path / "in")], settings)]
    base = str(tmp_path / "in")
    assert [o.split("#")[0].split(".jsonl:")[0] for o in origins] == [
        f"{base}/article.html",
        f"{base}/article.txt",
        *[f"{base}/later/a.txt"],
        *[f"{base}/wikinews-sample"] * 4,
        *[f"{base}/wikinews.atom"] * 2,
        *[f"{base}/wikinews.rss"] * 2,
    ]


def test_a_binary_file_in_a_folder_is_reported_and_the_rest_read(
    tmp_path: Path, settings: Settings, split
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(500))
    (tmp_path / "c.txt").write_text(ARTICLE + " Again.", encoding="utf-8")
    docs, errors = split(read_sources([str(tmp_path)], settings))
    assert len(docs) == 2
    assert [str(e) for e in errors] == [f"{tmp_path / 'b.jpg'}: binary data (NUL bytes), not text"]


def test_links_and_pipes_in_a_folder_say_what_they_are(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    assert [str(e) for e in read_sources([str(tmp_path)], settings)] == [
        f"{tmp_path / 'gone.txt'}: broken symbolic link",
        f"{tmp_path / 'pipe.txt'}: not a regular file (a pipe, a device or a socket)",
        f"{tmp_path / 'sub' / 'up'}: symbolic link to a folder, not followed (it could loop); "
        "give the folder itself",
    ]


def test_a_missing_path(settings: Settings) -> None:
    (error,) = read_sources(["/no/such/news.txt"], settings)
    assert str(error) == "/no/such/news.txt: no such file or folder"


def test_stdin_as_text(settings: Settings) -> None:
    (doc,) = read_sources(["-"], settings, stdin=io.BytesIO(ARTICLE.encode()))
    assert doc.text == ARTICLE
    assert doc.origin == "<stdin>"


def test_stdin_as_jsonl_when_asked_or_sniffed(settings: Settings) -> None:
    lines = (json.dumps({"id": "s1", "text": ARTICLE}) + "\n").encode()
    (asked,) = read_sources(["-"], settings, input_format="jsonl", stdin=io.BytesIO(lines))
    (sniffed,) = read_sources(["-"], settings, stdin=io.BytesIO(lines))
    assert asked.id == sniffed.id == "s1"
    assert asked.origin == "<stdin>:1"


def test_an_explicit_format_wins_over_the_extension(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "export.txt"
    path.write_text(json.dumps({"id": "x1", "text": ARTICLE}) + "\n", encoding="utf-8")
    (as_text,) = read_sources([str(path)], settings)
    (as_jsonl,) = read_sources([str(path)], settings, input_format="jsonl")
    assert as_text.text.startswith('{"id": "x1"')
    assert as_jsonl.id == "x1"


def test_an_unknown_format_is_a_programming_error(settings: Settings) -> None:
    with pytest.raises(ValueError, match="input_format must be one of"):
        list(read_sources(["-"], settings, input_format="pdf"))


@pytest.mark.parametrize(
    ("name", "first", "expected"),
    [
        ("a.txt", b"<html>", "text"),
        ("a.HTM", b"", "html"),
        ("crawl.warc.gz", b"", "warc"),
        ("dump.jsonl.gz", b"", "jsonl"),
        ("feed.xml", b"", "feed"),
        ("news", b"WARC/1.1\r\n", "warc"),
        ("news", b'\xef\xbb\xbf{"id": 1}', "jsonl"),
        ("export.json", b"", "json"),
        ("news", b'{\n  "id": 1,\n  "text": "a"\n}', "json"),
        ("news", b'  [\n  {"id": 1}]', "json"),
        ("news", b"[Photo] The minister said", "text"),
        ("story.rtf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl", "text"),
        ("news", b"<?xml version='1.0'?>\n<rss version='2.0'>", "feed"),
        ("news", b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("news", b"<!DOCTYPE html>\n<html lang='en'>", "html"),
        ("news", b"  <div><p>fragment</p></div>", "html"),
        ("news", b"<!DOCTYPE html><p>Subscribe to our <rss> and <feed> pages</p>", "html"),
        ("news", b"Minister says talks useful", "text"),
    ],
)
def test_detect_format(name: str, first: bytes, expected: str) -> None:
    assert detect_format(name, first) == expected


def test_the_media_type_comes_before_the_extension() -> None:
    assert detect_format("/feed.php", b"<html>", "application/rss+xml") == "feed"
    assert detect_format("/a.jsonl", b"{", "text/plain") == "jsonl"
    assert sniff_format(b"") == "text"


def test_articles_over_the_limit_are_reported(tmp_path: Path, split) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(
        json.dumps({"id": "short", "text": ARTICLE})
        + "\n"
        + json.dumps({"id": "long", "text": "word " * 400})
        + "\n",
        encoding="utf-8",
    )
    docs, errors = split(read_sources([str(path)], Settings(max_article_chars=1000)))
    assert [d.id for d in docs] == ["short"]
    assert str(errors[0]) == (
        f"{path}:2: article text is 1999 characters, over max_article_chars=1000; skipped"
    )


def test_a_huge_text_file_without_newlines_is_refused_in_bounded_memory(
    tmp_path: Path, split
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        for _ in range(32):
            out.write(b"x" * (1 << 20))
    tracemalloc.start()
    try:
        docs, errors = split(read_sources([str(path)], Settings()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert docs == []
    assert str(errors[0]) == (
        f"{path}: more than 4000004 bytes, over max_article_chars=1000000; "
        "skipped (split the file or raise max_article_chars)"
    )
    assert peak < 12 * 1024 * 1024


def test_sources_are_read_lazily(settings: Settings) -> None:
    def sources() -> Iterator[str]:
        yield "-"
        raise AssertionError("the second source was asked for before the first was used")

    items = read_sources(sources(), settings, stdin=io.BytesIO(ARTICLE.encode()))
    first = next(items)
    assert isinstance(first, Document)


def test_nothing_raises_for_bad_input(tmp_path: Path, settings: Settings) -> None:
    bad = {
        "zero.txt": b"",
        "nul.html": b"<html>\x00\x00\x00</html>",
        "garbage.warc": b"WARC/1.0\r\nthis is not a header block\r\n\r\n" * 3,
        "half.jsonl.gz": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03+I\xad(",
        "feed.rss": b"\xff\xfe<\x00r\x00",
        "page.html": b"<html><body></body></html>",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    items = list(read_sources([str(tmp_path)], settings))
    assert items and all(isinstance(item, InputError) for item in items)
    assert sorted({item.source.split("#")[0].split(":")[0] for item in items}) == sorted(
        str(tmp_path / name) for name in bad
    )
