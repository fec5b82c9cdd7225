"""``POST /api/extract`` and the paste page run the real extractor and store nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ARTICLE = (
    "Minister says talks will go on\n\n"
    'MOSCOW, January 14. "We are ready to continue the talks," Foreign Minister Sergey Lavrov '
    "told reporters on Friday."
)


def test_extract_returns_the_json_contract(client):
    response = client.post("/api/extract", json={"text": ARTICLE, "published": "2022-01-14"})
    assert response.status_code == 200
    body = response.json()
    direct = [q for q in body["quotes"] if q["kind"] == "direct"]
    assert direct[0]["text"] == "We are ready to continue the talks,"
    assert direct[0]["speaker"] == "Sergey Lavrov"
    assert body["published"] == "2022-01-14" and "text" not in body


def test_paste_shows_the_article_annotated_and_stores_nothing(client, annotated_db):
    before = Path(annotated_db).stat().st_mtime_ns
    response = client.post("/paste", data={"text": ARTICLE, "published": "2022-01-14", "lang": ""})
    assert response.status_code == 200
    assert '<mark class="quote quote-direct"' in response.text
    assert "Sergey Lavrov" in response.text
    assert Path(annotated_db).stat().st_mtime_ns == before
    assert "Sergey Lavrov" not in client.get("/api/speakers?per_page=100").text


def test_pasted_markup_is_shown_as_text(client):
    text = '<script>alert(1)</script>\n\n"We <img src=x onerror=alert(1)> will win," Ann Bold said.'
    html = client.post("/paste", data={"text": text}).text
    assert "<img" not in html and "<script>alert" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_paste_says_which_statement_a_carried_occasion_comes_from(client):
    text = (
        "Foreign Minister Sergey Lavrov said on Friday at a press conference in Moscow that the "
        'talks had failed.\n\n"We did everything we could to keep them going," Lavrov said.'
    )
    html = client.post("/paste", data={"text": text, "published": "2022-01-14", "lang": ""}).text
    assert html.count("occasion: at a press conference in Moscow") == 2
    assert "occasion: at a press conference in Moscow (as #1)" in html
    assert "as #1</div>" in html  # under the carried date
