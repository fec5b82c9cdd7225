"""Date lines and the dates of statements."""

from __future__ import annotations

import pytest

from quotewire.nlp.dates import (
    days_before_article,
    parse_date_line,
    parse_iso_date,
    resolve_relative,
)


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("on Friday", "2022-01-14", "2022-01-14"),  # 2022-01-14 was a Friday
        ("on Monday", "2022-01-14", "2022-01-10"),
        ("yesterday", "2022-01-14", "2022-01-13"),
        ("on 12 January", "2022-01-14", "2022-01-12"),
        ("on December 30", "2022-01-14", "2021-12-30"),
        ("в пятницу", "2022-01-14", "2022-01-14"),
        # "last Friday" in a Friday's story is the Friday before; bare and "this" are that day
        ("last Friday", "2022-01-14", "2022-01-07"),
        ("this past Friday", "2022-01-14", "2022-01-07"),
        ("this Friday", "2022-01-14", "2022-01-14"),
        ("Friday", "2022-01-14", "2022-01-14"),
        ("last Monday", "2022-01-14", "2022-01-10"),
        ("last Saturday", "2022-01-14", "2022-01-08"),
        ("on Saturday", "2022-01-14", "2022-01-08"),
        ("в прошлую пятницу", "2022-01-14", "2022-01-07"),
        ("on Thursday last week", "2022-01-14", "2022-01-06"),
        ("Monday last week", "2022-01-14", "2022-01-03"),
        ("Sunday last week", "2022-01-10", "2022-01-09"),  # a Monday's story
        ("next Friday", "2022-01-14", None),  # after the report: not when words were said
        ("last night", "2022-01-14", None),
        ("on Friday", "--01-14", None),  # weekday with an unknown year: no date invented
        ("on Friday", None, None),
        # a story dated before it was last updated reports words of a few days later
        ("January 22", "2007-01-20", "2007-01-22"),
        ("on January 30", "2007-01-20", "2006-01-30"),
        # a full date after the article is what the words are about, not when they were said
        ("on May 9, 2006", "2006-03-16", None),
        ("on March 18, 2006", "2006-03-16", "2006-03-18"),
        ("on February 29", "2005-03-06", "2004-02-29"),  # the last 29 February
    ],
)
def test_resolve_relative(expression: str, published: str | None, expected: str | None) -> None:
    assert resolve_relative(expression, published) == expected


def test_date_line_without_year_keeps_it_unknown() -> None:
    parsed = parse_date_line("14 January")
    assert parsed is not None and parsed.year is None and parsed.iso() == "--01-14"


def test_not_date_lines() -> None:
    assert parse_date_line("Attempts to undermine the situation") is None
    assert parse_date_line("2021") is None


def test_parse_iso_date() -> None:
    assert parse_iso_date("2022-01-14") == "2022-01-14"
    assert parse_iso_date("14 January 2022") == "2022-01-14"
    with pytest.raises(ValueError):
        parse_iso_date("not a date at all")


@pytest.mark.parametrize(
    "value", ["2021", "2021-03", "March 2021", "Jan 14", "Friday", "yesterday"]
)
def test_a_date_the_parser_would_complete_from_today_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="not a whole date"):
        parse_iso_date(value)
    assert parse_iso_date("--01-14") == "--01-14"
    assert parse_iso_date("14.01.2022") == "2022-01-14"


def test_days_before_article_places_a_full_date_and_nothing_without_an_anchor() -> None:
    assert days_before_article("May 15, 2006", "2006-05-19") == 4
    assert days_before_article("May 15, 2003", "2006-05-19") > 7
    assert days_before_article("May 15, 2006", None) is None
    assert days_before_article("last year", "2006-05-19") is None
