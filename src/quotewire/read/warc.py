"""WARC and WARC.gz web archives: every HTML response (or resource) record is one page.

warcio reads them: it is pure Python, streams record by record, writes WARCs too (the tests
build theirs with it), and is already what the web-archiving tools around quotewire use.
fastwarc is faster, but reading is never the bottleneck here (the spaCy pipeline is a hundred
times slower than either), so its compiled dependency buys nothing.

warcio takes a cut-off archive for a finished one; so gzip is decompressed by
:class:`~quotewire.read.streams.GzipGuard` and a record shorter than its ``Content-Length`` is
checked here: the records before the damage are read, then an InputError names the record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from quotewire.errors import InputError
from quotewire.options import Settings
from quotewire.read.decoding import markup_byte_limit
from quotewire.read.html import html_document
from quotewire.read.streams import READ_ERRORS, buffered, head, read_limited, ungzipped
from quotewire.types import Document

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_RECORDS = ("response", "resource")
_CHUNK = 1 << 16


def read_warc(stream: BinaryIO, origin: str, settings: Settings) -> Iterator[Document | InputError]:
    """Yield a Document per HTML page in the archive, or an InputError naming ``origin#record``."""
    plain = ungzipped(buffered(stream))
    if not head(plain).lstrip().startswith(b"WARC/"):
        yield InputError(origin, "not a WARC file (no 'WARC/' version line at the start)")
        return
    limit = markup_byte_limit(settings)
    archive = ArchiveIterator(plain, ensure_http_headers=False)
    number = pages = 0
    try:
        for number, record in enumerate(archive, 1):
            where = f"{origin}#{number}"
            payload = read_limited(record.content_stream(), limit) if _is_page(record) else None
            _drain(record.raw_stream)
            if getattr(record.raw_stream, "limit", 0):
                offset = archive.get_record_offset()
                yield InputError(
                    where, f"record at offset {offset} is truncated; the WARC ends there"
                )
                return
            if not _is_page(record):
                continue
            pages += 1
            if payload is None:
                yield InputError(where, f"page larger than {limit} bytes; skipped")
                continue
            yield html_document(
                payload,
                where,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                charset=_charset(record),
            )
    except ArchiveLoadFailed as error:
        message = str(error).strip().splitlines()[0]
        yield InputError(f"{origin}#{number + 1}", f"corrupt WARC record: {message}")
        return
    except READ_ERRORS as error:
        yield InputError(f"{origin}#{number + 1}", f"WARC ends abruptly: {error}")
        return
    if not pages:
        yield InputError(origin, f"no HTML page among its {number} WARC records")


def _drain(stream: BinaryIO) -> None:
    """Read what is left of a record without keeping it (its declared length is checked)."""
    while stream.read(_CHUNK):
        pass


def _is_page(record: ArcWarcRecord) -> bool:
    if record.rec_type not in _PAGE_RECORDS:
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and status != "200":
            return False
        media = record.http_headers.get_header("Content-Type", "")
    else:
        media = record.rec_headers.get_header("Content-Type", "")
    return media.split(";")[0].strip().lower() in _HTML_TYPES


def _charset(record: ArcWarcRecord) -> str | None:
    if record.http_headers is None:
        return None
    media = record.http_headers.get_header("Content-Type", "")
    for parameter in media.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None
