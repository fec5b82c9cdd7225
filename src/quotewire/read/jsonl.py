"""JSON Lines: one article per line, ``{"id", "text" or "html", "url", "published", "title",
"outlet", "lang"}``; every other field is kept in ``Document.extra``.

Lines are read one at a time with a byte limit, so a corpus of any size (or a file with no
newline at all) costs one line of memory. A bad line is reported by ``file:line`` and reading
goes on with the next one. A plain JSON file (one such object, or an array of them, as many
exports write) is read whole, up to the same byte limit as one line.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from quotewire.errors import InputError
from quotewire.options import Settings
from quotewire.read.decoding import decode_bytes, markup_byte_limit
from quotewire.read.html import page_document
from quotewire.read.ids import document_id
from quotewire.read.streams import READ_ERRORS, read_limited
from quotewire.read.text import normalize_text
from quotewire.types import Document

_KNOWN = {"id", "text", "html", "url", "published", "title", "outlet", "lang", "language"}
_SKIP_CHUNK = 1 << 20
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-32's marks begin with these too


def read_jsonl(
    stream: BinaryIO, origin: str, settings: Settings
) -> Iterator[Document | InputError]:
    """Yield one Document (or InputError naming ``origin:line``) per non-blank line."""
    limit = markup_byte_limit(settings)
    number = 0
    seen_any = False
    try:
        for number, line in _bounded_lines(stream, limit):
            where = f"{origin}:{number}"
            if number == 1 and line is not None and line.startswith(_UTF16_BOMS):
                # Split at b"\n", UTF-16 leaves a NUL byte at the start of every next line.
                yield InputError(origin, "UTF-16 text: JSON Lines must be UTF-8; save it as UTF-8")
                return
            if line is None:
                seen_any = True
                yield InputError(where, f"line longer than {limit} bytes; skipped")
            elif line.strip():
                seen_any = True
                yield _record_document(line, where)
    except READ_ERRORS as error:
        after = f"after line {number}" if number else "within its first line"
        yield InputError(f"{origin}:{number + 1}", f"input ends abruptly {after}: {error}")
        return
    if not seen_any:
        yield InputError(origin, "empty input (no JSON lines)")


def read_json(stream: BinaryIO, origin: str, settings: Settings) -> Iterator[Document | InputError]:
    """A JSON file: one article object, or an array of them (``origin#n`` names the n-th).

    Read as JSON Lines it would be one error per line of a pretty-printed object, and read as
    text an article made of JSON syntax. Parsing needs the whole file in memory, so a file over
    the limit is an error that says how to turn it into JSON Lines, which are read a line at a
    time."""
    limit = markup_byte_limit(settings)
    data = read_limited(stream, limit)
    try:
        if data is None:
            raise InputError(
                origin,
                f"JSON file larger than {limit} bytes; skipped (make JSON Lines of it, one "
                "object a line, e.g. jq -c '.[]' FILE.json > FILE.jsonl)",
            )
        value = json.loads(decode_bytes(data, origin).text)
    except InputError as error:
        yield error
        return
    except json.JSONDecodeError as error:
        yield InputError(
            origin, f"not JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        )
        return
    if not isinstance(value, list):
        yield _object_document(value, origin)
        return
    if not value:
        yield InputError(origin, "empty input (an empty JSON array)")
    for number, record in enumerate(value, start=1):
        yield _object_document(record, f"{origin}#{number}")


def record_document(record: dict[str, Any], where: str) -> Document | InputError:
    """One JSON object to a Document: ``text`` as is, or ``html`` through trafilatura."""
    fields = {key: _string(record.get(key)) for key in _KNOWN}
    extra = {key: value for key, value in record.items() if key not in _KNOWN}
    url = fields["url"]
    text = record.get("text")
    html = record.get("html")
    if isinstance(text, str) and text.strip():
        text = normalize_text(text)
        found = Document(id=document_id(url=url, content=text), text=text, url=url, origin=where)
    elif isinstance(html, str) and html.strip():
        extracted = page_document(html, where, url=url)
        if isinstance(extracted, InputError):
            return extracted
        found = extracted
    elif "text" in record or "html" in record:
        return InputError(where, "the 'text' / 'html' field is empty or not a string")
    else:
        return InputError(where, "no 'text' or 'html' field")
    found.extra.update(extra)
    found.id = fields["id"] or found.id
    found.url = url or found.url
    found.title = fields["title"] or found.title
    found.published = fields["published"] or found.published
    found.outlet = fields["outlet"] or found.outlet
    found.language = fields["lang"] or fields["language"] or found.language
    return found


def _record_document(line: bytes, where: str) -> Document | InputError:
    try:
        record = json.loads(decode_bytes(line.rstrip(b"\r\n"), where).text)
    except InputError as error:
        return error
    except json.JSONDecodeError as error:
        return InputError(where, f"not JSON: {error.msg} (column {error.colno})")
    return _object_document(record, where)


def _object_document(record: Any, where: str) -> Document | InputError:
    if not isinstance(record, dict):
        return InputError(where, f"a JSON {type(record).__name__}, not an object")
    return record_document(record, where)


def _bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, line)`` pairs; ``None`` for a line over ``limit`` bytes, which is skipped
    in bounded chunks rather than loaded."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            if not line.endswith(b"\n"):
                # The last line, or the data before a cut in a compressed stream: reading on
                # raises in that case, so a half record is reported as a truncation, not as JSON.
                stream.read(1)
            yield number, line


def _string(value: Any) -> str | None:
    """A metadata value as text: strings stripped, numbers (ids) written out, others ignored."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None
