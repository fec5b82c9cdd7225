"""Every kind of input to Documents: files, folders, URLs and stdin, in any supported format.

``read_sources`` is the one entry point. It decides each input's format (the caller's
``input_format``, else the HTTP media type, else the file extension, else the first bytes),
hands a binary stream to the reader of that format, and yields what the readers yield, lazily
and in input order. Bad input never raises: it becomes an :class:`InputError` that names it
(``path``, ``path:line``, ``path#record`` or the URL), and reading goes on with the next one.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal
from urllib.parse import urlsplit

from quotewire.errors import InputError
from quotewire.options import Settings, load_settings
from quotewire.read.feeds import read_feed
from quotewire.read.fetch import fetch, is_url
from quotewire.read.html import read_html
from quotewire.read.jsonl import read_json, read_jsonl
from quotewire.read.streams import READ_ERRORS, buffered, head, ungzipped
from quotewire.read.table import DELIMITERS, read_table
from quotewire.read.text import read_text
from quotewire.read.warc import read_warc
from quotewire.types import Document

InputFormat = Literal["text", "jsonl", "json", "csv", "tsv", "html", "feed", "warc"]
INPUT_FORMATS: tuple[str, ...] = ("text", "jsonl", "json", "csv", "tsv", "html", "feed", "warc")
STDIN = "-"

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".arc": "warc",
}
_MEDIA_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/jsonl": "jsonl",
    "application/x-ndjson": "jsonl",
    "application/jsonlines": "jsonl",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/warc": "warc",
}
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body")
_SNIFF_BYTES = 2048
_JSON_ARRAY = re.compile(rb"\[\s*(\{|\]\s*$)")  # an array of objects (or an empty one)


def read_sources(
    sources: Iterable[str],
    settings: Settings | None = None,
    *,
    input_format: InputFormat | str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Read every source (a path, a folder, an http(s) URL or ``-``) lazily, in order.

    ``input_format`` forces one format for all sources (``None``: decide per input).
    ``stdin`` replaces ``sys.stdin`` for ``-`` (tests, embedding). Articles longer than
    ``settings.max_article_chars`` are reported and skipped.
    """
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS} or None: {input_format!r}")
    settings = settings or load_settings()
    for source in sources:
        for item in _read_source(source, settings, input_format, stdin):
            yield within_limit(item, settings)


def detect_format(name: str, first_bytes: bytes, media_type: str | None = None) -> str:
    """The format of an input from its media type, its name's extension, or its first bytes."""
    if media_type in _MEDIA_TYPES:
        return _MEDIA_TYPES[media_type]
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    if suffixes and suffixes[-1] in _EXTENSIONS:
        return _EXTENSIONS[suffixes[-1]]
    return sniff_format(first_bytes)


def sniff_format(first_bytes: bytes) -> str:
    """The format the first bytes of an (uncompressed) input look like; ``text`` by default."""
    start = first_bytes.lstrip(b"\xef\xbb\xbf \t\r\n")[:_SNIFF_BYTES].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"{\\rtf"):
        return "text"  # an RTF document, which the text reader refuses in one message
    if start.startswith(b"{"):
        # JSON Lines hold a whole object on the first line; a lone brace opens pretty-printed JSON.
        return "json" if start.split(b"\n", 1)[0].strip() == b"{" else "jsonl"
    if _JSON_ARRAY.match(start):
        return "json"
    if start.startswith(b"<"):
        if start.startswith(_HTML_MARKS[:2]):
            return "html"
        if any(root in start for root in _FEED_ROOTS):
            return "feed"
        if any(mark in start for mark in _HTML_MARKS):
            return "html"
        if start.startswith(b"<?xml"):
            return "feed"
        return "html"
    return "text"


def _read_source(
    source: str, settings: Settings, input_format: str | None, stdin: BinaryIO | None
) -> Iterator[Document | InputError]:
    if source == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        reader = _read_stream(buffered(stream), "<stdin>", "", settings, input_format)
        yield from _guarded(reader, "<stdin>")
    elif is_url(source):
        yield from _read_url(source, settings, input_format)
    else:
        yield from _read_path(Path(source), settings, input_format)


def _read_path(
    path: Path, settings: Settings, input_format: str | None
) -> Iterator[Document | InputError]:
    if path.is_dir():
        for file in walk_folder(path):
            if isinstance(file, InputError):
                yield file
            else:
                yield from _read_file(file, settings, input_format)
    elif path.exists():
        yield from _read_file(path, settings, input_format)
    else:
        yield InputError(str(path), "no such file or folder")


def walk_folder(folder: Path) -> Iterator[Path | InputError]:
    """Files under ``folder`` in name order, each subfolder at its place in that order (like
    sorted full paths), hidden files and folders skipped, symbolic links to folders not
    followed (they can loop)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield InputError(str(folder), f"cannot list folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(Path(entry.path))
        else:
            yield Path(entry.path)


def _read_file(
    path: Path, settings: Settings, input_format: str | None
) -> Iterator[Document | InputError]:
    origin = str(path)
    if not path.is_file():
        yield InputError(origin, _not_a_file(path))
        return
    try:
        handle = path.open("rb")
    except OSError as error:
        yield InputError(origin, f"cannot open: {error.strerror or error}")
        return
    with handle:
        reader = _read_stream(io.BufferedReader(handle), origin, path.name, settings, input_format)
        yield from _guarded(reader, origin)


def _not_a_file(path: Path) -> str:
    """Why a path in a folder cannot be read as a file, in the words a user would look for."""
    if path.is_symlink():
        if not path.exists():
            return "broken symbolic link"
        if path.is_dir():
            return "symbolic link to a folder, not followed (it could loop); give the folder itself"
    return "not a regular file (a pipe, a device or a socket)" if path.exists() else "not found"


def _read_url(
    url: str, settings: Settings, input_format: str | None
) -> Iterator[Document | InputError]:
    try:
        with fetch(url, settings) as response:
            reader = _read_stream(
                buffered(response.body),
                url,
                urlsplit(response.url).path,
                settings,
                input_format,
                url=response.url,
                media_type=response.media_type,
                charset=response.charset,
            )
            yield from _guarded(reader, url)
    except InputError as error:
        yield error


def _read_stream(
    stream: io.BufferedReader,
    origin: str,
    name: str,
    settings: Settings,
    input_format: str | None,
    *,
    url: str | None = None,
    media_type: str | None = None,
    charset: str | None = None,
) -> Iterator[Document | InputError]:
    """Pick the reader for one open input and run it."""
    stream = ungzipped(stream)
    kind = input_format or detect_format(name, head(stream), media_type)
    if kind == "warc":
        yield from read_warc(stream, origin, settings)
    elif kind == "jsonl":
        yield from read_jsonl(stream, origin, settings)
    elif kind == "json":
        yield from read_json(stream, origin, settings)
    elif kind in DELIMITERS:
        yield from read_table(stream, origin, settings, kind=kind)
    elif kind == "feed":
        yield from read_feed(stream, origin, settings, url=url)
    elif kind == "html":
        yield from read_html(stream, origin, settings, url=url, charset=charset)
    else:
        yield from read_text(stream, origin, settings, url=url, declared_charset=charset)


def _guarded(
    reader: Iterator[Document | InputError], origin: str
) -> Iterator[Document | InputError]:
    """Yield what ``reader`` yields; a read failure (I/O error, cut-off gzip) ends it with an
    InputError instead of an exception."""
    try:
        yield from reader
    except READ_ERRORS as error:
        yield InputError(origin, f"reading failed: {error}")


def within_limit(item: Document | InputError, settings: Settings) -> Document | InputError:
    """The item, or an error naming it when its text is over ``max_article_chars`` (a huge
    input must not reach the model); every reader, local or distributed, passes this."""
    if isinstance(item, Document) and len(item.text) > settings.max_article_chars:
        return InputError(
            item.origin or item.id,
            f"article text is {len(item.text)} characters, over max_article_chars="
            f"{settings.max_article_chars}; skipped",
        )
    return item
