"""HTML pages and fragments to plain-text articles, through trafilatura.

trafilatura finds the main text and the metadata (title, date, author, site name, canonical
URL). Its own text output joins paragraphs with single newlines; quotewire's layout reader
needs blank lines between paragraphs, so the text is rebuilt here from trafilatura's element
tree: one paragraph per block, line breaks kept inside it, no markdown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import trafilatura
from lxml import etree
from lxml.etree import _Element

from quotewire.errors import InputError
from quotewire.options import Settings
from quotewire.read.decoding import declared_charset, decode_bytes, markup_byte_limit
from quotewire.read.ids import document_id
from quotewire.read.streams import read_limited
from quotewire.read.text import normalize_text
from quotewire.types import Document

# A page whose main text is shorter than this is a menu, a login form or an index, not an
# article; trafilatura still returns its link texts.
MIN_PAGE_WORDS = 10
_LANG_SEARCH_CHARS = 4096
_SPACES = re.compile(r"[^\S\n]+")
_HTML_LANG = re.compile(r"""<html\b[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.I)


@dataclass(frozen=True, slots=True)
class Page:
    """The main text of a page and what trafilatura found out about it."""

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


def extract_page(html: str, url: str | None = None) -> Page | None:
    """The main text and metadata of ``html`` (a page or a fragment); ``None`` if it has none."""
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
        )
    except (ValueError, TypeError, LookupError, etree.LxmlError):
        # trafilatura gives up on markup lxml cannot build a tree from: no article either.
        return None
    if result is None or result.body is None:
        return None
    paragraphs = _paragraphs(result.body)
    if paragraphs and result.title and _same_words(paragraphs[0], result.title):
        paragraphs = paragraphs[1:]
    text = "\n\n".join(paragraphs)
    if not text:
        return None
    return Page(
        text=text,
        title=_clean(result.title),
        published=_clean(result.date),
        author=_clean(result.author),
        outlet=_clean(result.sitename) or _clean(result.hostname),
        url=_clean(result.url) or url,
        language=_page_language(html),
    )


def read_html(
    stream: BinaryIO,
    origin: str,
    settings: Settings,
    *,
    url: str | None = None,
    charset: str | None = None,
) -> Iterator[Document | InputError]:
    """Yield the article of the HTML page in ``stream`` or the reason there is none."""
    limit = markup_byte_limit(settings)
    data = read_limited(stream, limit)
    if data is None:
        yield InputError(origin, f"HTML page larger than {limit} bytes; skipped")
        return
    yield html_document(data, origin, url=url, charset=charset)


def html_document(
    data: bytes, origin: str, *, url: str | None = None, charset: str | None = None
) -> Document | InputError:
    """One page's bytes to a :class:`Document`, decoded with the HTTP or ``<meta>`` charset."""
    try:
        decoded = decode_bytes(data, origin, charset or declared_charset(data))
    except InputError as error:
        return error
    extra = {"encoding": decoded.note} if decoded.note else {}
    return page_document(decoded.text, origin, url=url, extra=extra)


def page_document(
    html: str, origin: str, *, url: str | None = None, extra: dict[str, Any] | None = None
) -> Document | InputError:
    """One page's HTML to a :class:`Document` (id from the canonical URL when there is one)."""
    page = extract_page(html, url)
    words = len(page.text.split()) if page else 0
    if page is None or words < MIN_PAGE_WORDS:
        return InputError(origin, f"no article text found in the HTML ({words} words of main text)")
    extra = dict(extra or {})
    if page.author:
        extra["author"] = page.author
    return Document(
        id=document_id(url=page.url, content=page.text),
        text=page.text,
        title=page.title,
        published=page.published,
        url=page.url,
        outlet=page.outlet,
        language=page.language,
        origin=origin,
        extra=extra,
    )


def _paragraphs(body: _Element) -> list[str]:
    """One string per block of trafilatura's body; a list is one block with a line per item."""
    blocks = []
    for element in body:
        if element.tag == "list":
            block = "\n".join(filter(None, (_inline(item) for item in element.iterfind("item"))))
        else:
            block = _inline(element)
        if block:
            blocks.append(block)
    return blocks


def _inline(element: _Element) -> str:
    """The text of one block, with ``<lb/>`` as a newline and runs of spaces collapsed."""
    parts: list[str] = []

    def walk(node: _Element) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (_SPACES.sub(" ", line).strip() for line in normalize_text("".join(parts)).split("\n"))
    return "\n".join(line for line in lines if line)


def _page_language(html: str) -> str | None:
    """The primary language subtag of ``<html lang="...">`` (``en-GB`` -> ``en``)."""
    match = _HTML_LANG.search(html[:_LANG_SEARCH_CHARS])
    return match.group(1).lower() if match else None


def _same_words(first: str, second: str) -> bool:
    return first.casefold().split() == second.casefold().split()


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
