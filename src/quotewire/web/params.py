"""Checking what a client sends: query filters, dates, page sizes, the paste form.

Everything from a request is bounded here (lengths, page numbers, page sizes) and turned into
plain values, or refused with a 400 that says which field is wrong and what it should be.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any
from urllib.parse import parse_qs

from fastapi import Query
from starlette.exceptions import HTTPException

from quotewire.nlp.dates import parse_iso_date
from quotewire.web.annotate import QUOTE_KINDS
from quotewire.web.views import SearchParams

MAX_PAGE = 10_000
MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20
MAX_FIELD = 500
MAX_OUTLETS = 10_000
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
# A query's terms as the store reads them: "a phrase" (maybe unclosed) or a word, maybe -negated.
_TERM = re.compile(r'-?"[^"]*"?|[^\s"]+')
_WORD = re.compile(r"\w")


class BadRequest(HTTPException):
    """A parameter the app cannot use; the message names it."""

    def __init__(self, message: str) -> None:
        super().__init__(400, message)


def blank_to_none(value: str | None) -> str | None:
    """HTML forms send empty fields as ``""``; an empty filter is no filter."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def filter_date(value: str | None, field: str, *, end: bool) -> str | None:
    """``2022``, ``2022-01`` or ``2022-01-14`` as an inclusive bound: the first day of the
    period for ``since``, its last day for ``until``."""
    value = blank_to_none(value)
    if value is None:
        return None
    match = _PARTIAL_DATE.fullmatch(value)
    if not match:
        raise BadRequest(f"{field}: expected a date like 2022-01-14, 2022-01 or 2022")
    year, month, day = int(match[1]), int(match[2] or (12 if end else 1)), match[3]
    try:
        if day is None:
            last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
            return date(year, month, last if end else 1).isoformat()
        return date(year, month, int(day)).isoformat()
    except ValueError as error:
        raise BadRequest(f"{field}: {value} is not a date ({error})") from error


def publication_date(value: str | None) -> str | None:
    """The paste form's publication date, a whole one as ``--published`` takes it: a year or a
    month alone would anchor "on Friday" to a first of the month nobody gave."""
    value = blank_to_none(value)
    if value is None:
        return None
    try:
        return parse_iso_date(value)
    except ValueError as error:
        raise BadRequest(f"published: {error}") from error


def quote_kind(value: str | None) -> str | None:
    value = blank_to_none(value)
    if value is not None and value not in QUOTE_KINDS:
        raise BadRequest(f"kind: expected one of {', '.join(QUOTE_KINDS)}")
    return value


def language(value: str | None) -> str | None:
    value = blank_to_none(value)
    if value is not None and not _LANGUAGE.fullmatch(value):
        raise BadRequest("lang: expected a language code such as en or ru")
    return value


def search_params(
    q: str | None = Query(None, max_length=MAX_FIELD, description="Full-text query: words, "
                          '"a phrase", a or b, -excluded'),
    speaker: str | None = Query(None, max_length=MAX_FIELD,
                                description="Part of the name or of the person it is, "
                                "or a person's id (sp-...)"),
    since: str | None = Query(None, max_length=40, description="From this date (YYYY[-MM[-DD]])"),
    until: str | None = Query(None, max_length=40, description="Up to this date, inclusive"),
    outlet: str | None = Query(None, max_length=MAX_FIELD, description="Outlet, exact"),
    kind: str | None = Query(None, max_length=10, description="direct, indirect or mixed"),
    page: int = Query(1, ge=1, le=MAX_PAGE),
    per_page: int = Query(DEFAULT_PER_PAGE, ge=1, le=MAX_PER_PAGE),
) -> SearchParams:  # fmt: skip
    """The search filters of ``/`` and ``/api/quotes``."""
    first = filter_date(since, "since", end=False)
    last = filter_date(until, "until", end=True)
    if first and last and first > last:
        raise BadRequest(f"until: {last} is before since ({first}); swap them")
    return SearchParams(
        q=search_query(q),
        speaker=blank_to_none(speaker),
        since=first,
        until=last,
        outlet=blank_to_none(outlet),
        kind=quote_kind(kind),
        page=page,
        per_page=per_page,
    )


def search_query(value: str | None) -> str | None:
    """A full-text query with something to look for. A query of symbols only ("*", an emoji)
    has no indexed word and would list every quote as if it matched; one of exclusions only
    ("-bush") finds nothing on SQLite and everything else on PostgreSQL: both are refused
    with what to do instead."""
    value = blank_to_none(value)
    if value is None:
        return None
    terms = _TERM.findall(value)
    if not any(_WORD.search(term) for term in terms):
        raise BadRequest("q: no word to search for (symbols and punctuation are not indexed)")
    if not any(_WORD.search(term) for term in terms if not term.startswith("-")):
        raise BadRequest("q: only excluded words (-word); add a word the quotes should contain")
    return value


def paste_form(body: bytes) -> dict[str, str | None]:
    """The paste page's form (``text``, ``published``, ``lang``) from a url-encoded body."""
    try:
        fields = parse_qs(
            body.decode("utf-8"), keep_blank_values=True, max_num_fields=10, errors="strict"
        )
    except (UnicodeDecodeError, ValueError) as error:
        raise BadRequest(f"the form could not be read ({error})") from error
    form = {name: (fields.get(name) or [None])[0] for name in ("text", "published", "lang")}
    if form["text"]:
        # Browsers send a textarea's line breaks as CRLF; the article had LF.
        form["text"] = form["text"].replace("\r\n", "\n")
    return form


def statement_listing(
    q: str | None = Query(None, max_length=MAX_FIELD, description="Full-text query"),
    speaker: str | None = Query(None, max_length=MAX_FIELD, description="Part of the name"),
    min_outlets: str | None = Query(
        None,
        max_length=10,
        description="Printed by at least this many outlets, 1-10000 (default 1)",
    ),
    page: int = Query(1, ge=1, le=MAX_PAGE),
    per_page: int = Query(DEFAULT_PER_PAGE, ge=1, le=MAX_PER_PAGE),
) -> dict[str, Any]:
    """The filters of ``/statements`` and ``/api/statements``."""
    return {
        "q": search_query(q), "speaker": blank_to_none(speaker),
        "min_outlets": whole_number(min_outlets, "min_outlets", default=1, most=MAX_OUTLETS),
        "page": page, "per_page": per_page,
    }  # fmt: skip


def whole_number(value: str | None, field: str, *, default: int, most: int) -> int:
    """A number from a form field: an emptied field is the default, not an error."""
    value = blank_to_none(value)
    if value is None:
        return default
    if not value.isdecimal() or not 1 <= int(value) <= most:
        raise BadRequest(f"{field}: expected a whole number from 1 to {most:,}")
    return int(value)
