"""Dates: date lines ("14 January", "Friday, 14 Jan 2022 10:15") and relative dates ("on Friday").

Parsing is dateparser's; what is ours is the rule that a year is never invented: a date line
without a year gives the ISO 8601 year-less form ``--MM-DD``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

from quotewire.nlp.punctuation import DASH_OR_HYPHEN_CHARACTERS

# the recogniser's labels of a date or a time of day
TIME_ENTITIES = ("DATE", "TIME")
_YEAR = re.compile(r"(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)")
_HAS_DIGIT_OR_MONTH = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b"
    r"|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр",
    re.IGNORECASE,
)
_DATE_WORD = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun)"
    r"|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
)
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3,
    "пятницу": 4, "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
}  # fmt: skip
# "Last Friday" (and "this past Friday", "в прошлую пятницу") is never the article's own day:
# in a Friday's story it is the Friday a week before. Bare "on Friday" and "this Friday" are the
# most recent Friday, the day itself included. "Next Friday" is after the report: no date.
_LAST_WEEK = re.compile(r"\b(?:last|past|прошл\w*)\b")
# "Monday last week" is in the calendar week before the article's, whatever the weekdays.
_WEEK_BEFORE = re.compile(r"\b(?:last|past) week\b|\bна прошлой неделе\b")
_NEXT_WEEK = re.compile(r"\b(?:next|coming|следующ\w*|будущ\w*)\b")
_RELATIVE_DAYS = {
    "today": 0,
    "yesterday": -1,
    "сегодня": 0,
    "вчера": -1,
    "позавчера": -2,
    "накануне": -1,
}
_DATELINE_MAX_CHARS = 60
# A statement can be dated a few days after the article's date: a record's date is often its
# first version's, and a story updated over the next days reports later words ("CNN reported
# January 22" in a story dated 20 January). Later than this, the date is not the statement's.
UPDATE_DAYS = 7
_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


@lru_cache(maxsize=8)
def _parser(languages: tuple[str, ...]) -> DateDataParser:
    """One parser per language set: building one (as ``dateparser.parse`` does) costs ~0.2 s."""
    return DateDataParser(languages=list(languages), settings=_SETTINGS)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A calendar date read from text; ``year`` is ``None`` when the text gave none."""

    year: int | None
    month: int
    day: int

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@lru_cache(maxsize=4096)
def parse_date_line(line: str, languages: tuple[str, ...] = ("en", "ru")) -> ParsedDate | None:
    """Read a line that is only a date (and maybe a weekday and time); ``None`` if it is not."""
    text = line.strip().strip(".,|" + DASH_OR_HYPHEN_CHARACTERS).strip()
    if not text or len(text) > _DATELINE_MAX_CHARS or not _HAS_DIGIT_OR_MONTH.search(text):
        return None
    if re.fullmatch(r"\d{1,4}", text):
        return None
    parsed = _parser(languages).get_date_data(text).date_obj
    if parsed is None or not _looks_like_whole_date(text):
        return None
    year = parsed.year if _YEAR.search(text) else None
    return ParsedDate(year, parsed.month, parsed.day)


def _looks_like_whole_date(text: str) -> bool:
    """Reject lines that only contain a date among other words ("Talks resumed on 14 May")."""
    words = re.findall(r"[^\W\d_]+", text)
    known = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "am", "pm", "gmt", "utc", "msk", "est", "edt",
        "updated", "published", "posted", "года", "г", "at", "of", "the", "on", "th", "st",
        "nd", "rd",
    }  # fmt: skip
    return all(
        w.lower() in known or w.lower() in _WEEKDAYS or _DATE_WORD.match(w.lower()) for w in words
    )


def parse_iso_date(value: str | None) -> str | None:
    """Normalise a given publication date (``--published``, a JSONL or feed field) to ISO 8601
    ``YYYY-MM-DD`` (or ``--MM-DD``, the year-less form, as given).

    The date parser fills what the text leaves out from today ("2021" is the first of this
    month in 2021, "Jan 14" is in this year, "Friday" is this week's): an article's stored date
    would then depend on the day it was read. A value without a day or a year is refused.
    """
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"--\d{2}-\d{2}", value):
        return value
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    parsed = _parser(("en", "ru")).get_date_data(value)
    if parsed.date_obj is None:
        raise ValueError(f"not a date: {value!r}")
    if parsed.period != "day" or not _YEAR.search(value):
        raise ValueError(
            f"not a whole date: {value!r} (give day, month and year, e.g. 2022-01-14, or "
            "--01-14 when the year is unknown)"
        )
    return parsed.date_obj.date().isoformat()


def resolve_relative(expression: str, published: str | None) -> str | None:
    """When a statement was made: "on Friday" / "yesterday" / "on 14 January" → ISO date.

    Needs the article's full date for weekdays and relative days; an absolute date without a
    year takes the article's year when known, or the year before when that would put it more
    than ``UPDATE_DAYS`` after the article ("December 30" in a January story); else it stays
    year-less. A statement is not made after it is reported: a full date later than that
    (an event the words are about, "elections on May 9, 2006") gives no date.
    """
    text = expression.strip().lower()
    anchor = _full_date(published)
    for word, offset in _RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", text):
            return (anchor + timedelta(days=offset)).isoformat() if anchor else None
    for word, weekday in _WEEKDAYS.items():
        if re.search(rf"\b{word}\b", text):
            if anchor is None or _NEXT_WEEK.search(text):
                return None
            back = (anchor.weekday() - weekday) % 7
            if _WEEK_BEFORE.search(text):
                back = anchor.weekday() - weekday + 7
            elif back == 0 and _LAST_WEEK.search(text):
                back = 7
            return (anchor - timedelta(days=back)).isoformat()
    parsed = parse_date_line(re.sub(r"^(?:on|в|во)\s+", "", text))
    if parsed is None:
        return None
    if anchor is None:
        return parsed.iso()
    latest = anchor + timedelta(days=UPDATE_DAYS)
    if parsed.year is None:
        candidate = _valid_date(anchor.year, parsed.month, parsed.day)
        if candidate is None or candidate > latest:
            candidate = _valid_date(anchor.year - 1, parsed.month, parsed.day)
        return candidate.isoformat() if candidate else None
    return parsed.iso() if date(parsed.year, parsed.month, parsed.day) <= latest else None


def days_before_article(expression: str, published: str | None) -> int | None:
    """How many days before the article the date ``expression`` names (0 for its own day,
    negative after it), None when it names no day that can be placed (no article date, a
    year-less or unreadable date)."""
    anchor = _full_date(published)
    resolved = resolve_relative(expression, published) if anchor else None
    if anchor is None or resolved is None:
        return None
    return (anchor - date.fromisoformat(resolved)).days


def _valid_date(year: int, month: int, day: int) -> date | None:
    """``None`` for a day the year lacks (29 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_date(published: str | None) -> date | None:
    if not published or published.startswith("--"):
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        return None
