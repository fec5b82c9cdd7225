"""Stable document ids, so that reading the same input twice gives the same ids.

A store keyed on these ids updates an article on a rerun instead of adding it again. The URL is
the article's identity when there is one (the same page from a feed, a WARC and a fetch is one
article); otherwise the content is.
"""

from __future__ import annotations

import hashlib

_HEX_CHARS = 16


def document_id(*, url: str | None = None, content: str = "") -> str:
    """``sha1:`` and 16 hex digits of the SHA-1 of the URL if given, else of the content."""
    key = url.strip() if url and url.strip() else content
    return "sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:_HEX_CHARS]
