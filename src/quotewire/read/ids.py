"""Stable document ids, so that reading the same input twice gives the same ids.

A store keyed on these ids updates an article on a rerun instead of adding it again. The URL is
the article's identity when there is one (the same page from a feed, a WARC and a fetch is one
article); otherwise the content is.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

_HEX_CHARS = 16


def document_id(*, url: str | None = None, content: str = "") -> str:
    """``sha1:`` and 16 hex digits of the SHA-1 of the URL if given, else of the content."""
    key = url.strip() if url and url.strip() else content
    return "sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:_HEX_CHARS]


def url_host(url: str | None) -> str | None:
    """The URL's host without ``www.``: who printed an article that names no outlet, as the
    HTML reader does with a page that names no site ("en.wikinews.org")."""
    try:
        host = urlsplit(url.strip()).hostname if url else None
    except ValueError:  # a malformed URL ("http://[::1") names no host
        return None
    return host.removeprefix("www.") if host else None
