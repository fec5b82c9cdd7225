"""Plain-text articles: one file (or stdin, or an HTTP ``text/plain`` body) is one article.

The text is kept as written apart from line endings: quotewire's layout reader splits
paragraphs on blank lines, and ``\\r\\n`` would hide them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from quotewire.errors import InputError
from quotewire.options import Settings
from quotewire.read.decoding import decode_bytes, text_byte_limit
from quotewire.read.ids import document_id
from quotewire.read.streams import read_limited
from quotewire.types import Document


def normalize_text(text: str) -> str:
    """Unix line endings, no byte-order mark, no trailing whitespace at the ends."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").strip()


def read_text(
    stream: BinaryIO,
    origin: str,
    settings: Settings,
    *,
    url: str | None = None,
    declared_charset: str | None = None,
) -> Iterator[Document | InputError]:
    """Yield the one article in ``stream``, or the reason it cannot be read."""
    limit = text_byte_limit(settings)
    data = read_limited(stream, limit)
    if data is None:
        yield InputError(
            origin,
            f"more than {limit} bytes, over max_article_chars={settings.max_article_chars}; "
            "skipped (split the file or raise max_article_chars)",
        )
        return
    try:
        decoded = decode_bytes(data, origin, declared_charset)
    except InputError as error:
        yield error
        return
    text = normalize_text(decoded.text)
    extra = {"encoding": decoded.note} if decoded.note else {}
    yield Document(
        id=document_id(url=url, content=text), text=text, url=url, origin=origin, extra=extra
    )
