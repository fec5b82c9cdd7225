"""Fetching http(s) URLs: one GET with quotewire's User-Agent and timeout, redirects followed.

The standard library's ``urllib`` is enough here (one request at a time, redirects handled by
its default opener) and keeps the HTTP client out of quotewire's runtime dependencies. The body
is handed on as an open stream, so a large response (a WARC, a JSONL dump) is read lazily.
"""

from __future__ import annotations

import gzip
import http.client
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from typing import BinaryIO, cast
from urllib.parse import urlsplit

from quotewire.errors import InputError
from quotewire.options import Settings

_ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class Response:
    """An open HTTP response: where it ended up after redirects, its media type and charset."""

    url: str
    media_type: str
    charset: str | None
    body: BinaryIO


def is_url(source: str) -> bool:
    """Whether ``source`` names a URL rather than a path (``http://``, ``https://``, ...)."""
    scheme = urlsplit(source).scheme
    return len(scheme) > 1 and "://" in source


@contextmanager
def fetch(url: str, settings: Settings) -> Iterator[Response]:
    """GET ``url``; any failure (scheme, DNS, refused, timeout, HTTP status) is an InputError."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise InputError(url, "unsupported URL scheme (only http and https are fetched)")
    request = urllib.request.Request(
        url, headers={"User-Agent": settings.user_agent, "Accept": _ACCEPT}
    )
    try:
        raw = urllib.request.urlopen(request, timeout=settings.fetch_timeout)
    except urllib.error.HTTPError as error:
        error.close()
        raise InputError(url, f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise InputError(url, f"cannot fetch: {_reason(error.reason)}") from None
    except TimeoutError:
        raise InputError(url, f"no answer within {settings.fetch_timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as error:
        raise InputError(url, f"cannot fetch: {error}") from None
    with raw:
        headers: Message = raw.headers
        body = cast(BinaryIO, raw)
        if headers.get("Content-Encoding", "").lower() in ("gzip", "x-gzip"):
            body = cast(BinaryIO, gzip.GzipFile(fileobj=raw))
        yield Response(
            url=raw.geturl(),
            media_type=headers.get_content_type(),
            charset=headers.get_content_charset(),
            body=body,
        )


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "timed out"
    return str(reason)
