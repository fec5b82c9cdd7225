"""Bounded reads, peeking, and gzip whose truncation is reported, not swallowed."""

from __future__ import annotations

import gzip
import io

import pytest

from quotewire.read.streams import (
    GzipGuard,
    TruncatedStream,
    buffered,
    head,
    read_limited,
    ungzipped,
)


def test_read_limited_returns_everything_up_to_the_limit() -> None:
    assert read_limited(io.BytesIO(b"x" * 100), 100) == b"x" * 100


def test_read_limited_stops_past_the_limit() -> None:
    assert read_limited(io.BytesIO(b"x" * 101), 100) is None


def test_head_does_not_consume() -> None:
    stream = buffered(io.BytesIO(b"WARC/1.0\r\nrest"))
    assert head(stream).startswith(b"WARC/1.0")
    assert stream.read() == b"WARC/1.0\r\nrest"


def test_ungzipped_reads_every_member() -> None:
    data = gzip.compress(b"first line\n") + gzip.compress(b"second line\n")
    assert ungzipped(buffered(io.BytesIO(data))).read() == b"first line\nsecond line\n"


def test_ungzipped_leaves_plain_streams_alone() -> None:
    assert ungzipped(buffered(io.BytesIO(b"plain text"))).read() == b"plain text"


def test_truncated_gzip_raises_with_the_offset() -> None:
    data = gzip.compress(b"line of text\n" * 5000)
    guard = GzipGuard(io.BytesIO(data[: len(data) // 2]))
    received = 0
    while chunk := guard.read(4096):
        received += len(chunk)
    assert received > 0  # what was before the cut is handed over first
    with pytest.raises(TruncatedStream, match=r"truncated or corrupt gzip after \d+ compressed"):
        guard.read(4096)


def test_truncation_reaches_a_buffered_reader_after_its_data() -> None:
    data = gzip.compress(b"line of text\n" * 5000)
    stream = ungzipped(buffered(io.BytesIO(data[: len(data) // 2])))
    lines = []
    with pytest.raises(TruncatedStream):
        while line := stream.readline():
            lines.append(line)
    assert len(lines) > 100
