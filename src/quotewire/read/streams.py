"""Byte streams: bounded reads, first-bytes peeking, and gzip that reports truncation.

Readers work on binary streams (files, stdin, HTTP bodies) so that nothing is loaded whole.
Python's ``gzip`` raises ``EOFError`` on a truncated file, which warcio takes for a normal end
of archive; :class:`GzipGuard` turns it into :class:`TruncatedStream`, so a cut-off WARC.gz or
JSONL.gz is reported instead of silently read short.
"""

from __future__ import annotations

import gzip
import http.client
import io
import zlib
from typing import BinaryIO, cast

_CHUNK = 1 << 16
_PEEK = 1 << 16
GZIP_MAGIC = b"\x1f\x8b"


class TruncatedStream(Exception):
    """A compressed stream ended, or broke, before its end marker."""


# What reading an open stream can raise: I/O errors, timeouts and resets, truncated or bad gzip.
READ_ERRORS: tuple[type[Exception], ...] = (
    OSError,
    EOFError,
    zlib.error,
    http.client.HTTPException,
    TruncatedStream,
)


class GzipGuard(io.RawIOBase):
    """A gzip stream (all members) whose truncation or corruption raises TruncatedStream,
    naming how many compressed bytes were read."""

    def __init__(self, compressed: BinaryIO) -> None:
        super().__init__()
        self._counter = _CountingReader(compressed)
        self._gzip = gzip.GzipFile(fileobj=cast(BinaryIO, self._counter), mode="rb")
        self._failure: TruncatedStream | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Decompress into ``buffer``. On damage, first report a short end of data (so that a
        buffered reader hands over what it already holds), then raise on the next call."""
        if self._failure is not None:
            raise self._failure
        try:
            data = self._gzip.read1(len(buffer))
        except (EOFError, zlib.error, gzip.BadGzipFile) as error:
            self._failure = TruncatedStream(
                f"truncated or corrupt gzip after {self._counter.count} compressed bytes ({error})"
            )
            return 0
        buffer[: len(data)] = data
        return len(data)


class _CountingReader(io.RawIOBase):
    """Counts the bytes read from the stream it wraps (the offset of a gzip failure)."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self._stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.count += len(data)
        return data


def buffered(stream: BinaryIO) -> io.BufferedReader:
    """``stream`` with ``peek``: the format of an input is sniffed from its first bytes."""
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(cast(io.RawIOBase, _Raw(stream)), buffer_size=_PEEK)


def head(stream: io.BufferedReader) -> bytes:
    """Up to 64 KiB of the stream's first bytes, without consuming them."""
    return stream.peek(_PEEK)[:_PEEK]


def ungzipped(stream: io.BufferedReader) -> io.BufferedReader:
    """The decompressed stream if ``stream`` starts with the gzip magic number, else itself."""
    if head(stream).startswith(GZIP_MAGIC):
        return io.BufferedReader(GzipGuard(stream), buffer_size=_PEEK)
    return stream


def read_limited(stream: BinaryIO, limit: int) -> bytes | None:
    """Read the whole stream if it holds at most ``limit`` bytes, else ``None``.

    Reads in chunks so that an oversized input costs ``limit`` bytes of memory, not its size.
    """
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            return None


class _Raw(io.RawIOBase):
    """Any object with ``read`` as a raw stream, so that BufferedReader can wrap it."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
