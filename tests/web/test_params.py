"""Turning what a client sends into bounded values, or a 400 naming the field."""

from __future__ import annotations

import pytest

from quotewire.web.params import BadRequest, filter_date, language, paste_form, quote_kind


@pytest.mark.parametrize(
    ("value", "end", "expected"),
    [
        ("2022", False, "2022-01-01"),
        ("2022", True, "2022-12-31"),
        ("2024-02", True, "2024-02-29"),
        ("2023-02", True, "2023-02-28"),
        ("2022-01-14", True, "2022-01-14"),
        ("  ", True, None),
        (None, False, None),
    ],
)
def test_partial_dates_become_inclusive_bounds(value, end, expected):
    assert filter_date(value, "since", end=end) == expected


@pytest.mark.parametrize("value", ["14/01/2022", "2022-13", "2022-02-30", "yesterday", "20221"])
def test_bad_dates_name_the_field(value):
    with pytest.raises(BadRequest, match=r"^400: until: "):
        filter_date(value, "until", end=True)


def test_kind_and_language():
    assert quote_kind("") is None and quote_kind("mixed") == "mixed"
    with pytest.raises(BadRequest, match="kind: expected one of direct, indirect, mixed"):
        quote_kind("rumour")
    assert language(" ru ") == "ru" and language("") is None
    with pytest.raises(BadRequest, match=r"^400: lang: "):
        language("english<script>")


def test_paste_form_takes_three_fields_and_normalises_line_breaks():
    form = paste_form(b"text=Line+one%0D%0A%0D%0ALine+two&published=2022-01-14&extra=x")
    assert form == {"text": "Line one\n\nLine two", "published": "2022-01-14", "lang": None}
    with pytest.raises(BadRequest, match="could not be read"):
        paste_form(b"&".join(b"f%d=1" % i for i in range(50)))
