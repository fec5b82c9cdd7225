"""RSS and Atom feeds (files or URLs), through feedparser: each entry is one article.

An entry's text is its full content, else its summary, read as HTML through trafilatura; an
entry that is only a link (no content, no summary, or markup with no text) is fetched. The
entry's own title, date and link win over what trafilatura guesses; the feed's title is the
outlet. feedparser is lenient: a feed with broken XML whose entries could still be read is
used; one with nothing readable is an InputError.
"""

from __future__ import annotations

import html
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

import feedparser

from quotewire.errors import InputError
from quotewire.options import Settings
from quotewire.read.decoding import markup_byte_limit
from quotewire.read.fetch import fetch
from quotewire.read.html import Page, extract_page, html_document
from quotewire.read.ids import document_id
from quotewire.read.streams import READ_ERRORS, read_limited
from quotewire.read.text import normalize_text
from quotewire.types import Document

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed(
    stream: BinaryIO, origin: str, settings: Settings, *, url: str | None = None
) -> Iterator[Document | InputError]:
    """Yield one Document (or InputError naming ``origin#entry``) per feed entry."""
    limit = markup_byte_limit(settings)
    data = read_limited(stream, limit)
    if data is None:
        yield InputError(origin, f"feed larger than {limit} bytes; skipped")
        return
    if not data.strip():
        yield InputError(origin, "empty input")
        return
    parsed = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable feed ({problem})" if problem else "feed has no entries"
        yield InputError(origin, reason)
        return
    outlet = parsed.feed.get("title") or None
    language = (parsed.feed.get("language") or "").split("-")[0].strip().lower() or None
    for number, entry in enumerate(parsed.entries, 1):
        found = _entry_document(entry, f"{origin}#{number}", outlet, settings)
        if isinstance(found, Document):
            found.language = found.language or language
        yield found


def _entry_document(
    entry: Any, where: str, outlet: str | None, settings: Settings
) -> Document | InputError:
    link = entry.get("link") or None
    content = _entry_content(entry)
    page: Page | None = None
    if content is not None:
        markup, media_type = content
        if media_type == "text/plain" or "<" not in markup:
            # Feeds often put bare text in "HTML" fields; trafilatura finds no tree in it.
            page = Page(text=normalize_text(html.unescape(markup)))
        else:
            page = extract_page(markup, link)
    if page is not None:
        found = Document(
            id=document_id(url=link, content=page.text),
            text=page.text,
            title=page.title,
            url=link,
            origin=where,
            extra={"author": page.author} if page.author else {},
        )
    elif link:
        fetched = _fetch_page(link, where, settings)
        if isinstance(fetched, InputError):
            return fetched
        found = fetched  # its id is its canonical URL's, as when that page is read directly
    else:
        return InputError(where, "feed entry has no content, summary or link")
    found.title = entry.get("title") or found.title
    found.published = _entry_date(entry) or found.published
    found.outlet = outlet or found.outlet
    if entry.get("author"):
        found.extra["author"] = entry["author"]
    if entry.get("id"):
        found.extra["entry_id"] = entry["id"]
    return found


def _entry_content(entry: Any) -> tuple[str, str] | None:
    """The longest full content of the entry, else its summary, with its media type."""
    contents = [c for c in entry.get("content", []) if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return best["value"], best.get("type", "text/html")
    summary = entry.get("summary")
    if summary and summary.strip():
        detail = entry.get("summary_detail") or {}
        return summary, detail.get("type", "text/html")
    return None


def _entry_date(entry: Any) -> str | None:
    """The entry's publication (else update) time as ISO 8601 in UTC."""
    moment: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if moment is None:
        return None
    return datetime(*moment[:6], tzinfo=UTC).isoformat()


def _fetch_page(link: str, where: str, settings: Settings) -> Document | InputError:
    """Fetch the page a link-only entry points to."""
    limit = markup_byte_limit(settings)
    try:
        with fetch(link, settings) as response:
            if response.media_type not in _HTML_TYPES:
                return InputError(where, f"{link} is {response.media_type}, not an HTML page")
            data = read_limited(response.body, limit)
            final_url, charset = response.url, response.charset
    except InputError as error:
        return InputError(where, error.reason + f" ({link})")
    except READ_ERRORS as error:
        return InputError(where, f"reading {link} failed: {error}")
    if data is None:
        return InputError(where, f"{link}: page larger than {limit} bytes; skipped")
    return html_document(data, where, url=final_url, charset=charset)
