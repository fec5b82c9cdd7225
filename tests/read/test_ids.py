"""Stable ids and the host that credits an article without an outlet."""

from __future__ import annotations

import pytest

from quotewire.read.ids import url_host


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://en.wikinews.org/wiki/?curid=1003", "en.wikinews.org"),
        ("https://www.Example.com/a", "example.com"),
        (" http://news.example:8080/x ", "news.example"),
        ("not a url", None),
        ("http://[::1", None),
        ("", None),
        (None, None),
    ],
)
def test_url_host(url: str | None, host: str | None) -> None:
    assert url_host(url) == host
