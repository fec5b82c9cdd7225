"""The pages as a fact-checker uses them (the web audit in docs/web.md): a quote's speaker link
opens that person, every quote has an anchor, a statement's counts say articles, unknown names
get suggestions, dates without a year read as dates, and a search downloads as CSV.

The store is built from constructed articles with their quotes already marked, then indexed
as ingest does; one speaker identity is then moved to a second person of the same name.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from quotewire.statements.service import Statements
from quotewire.store import Store
from quotewire.types import Article, Mention, Quote, Speaker
from quotewire.web import export

SAID = "We will not sign an agreement that leaves our islands without a zone of their own"
FORMULA = '=HYPERLINK("http://example.invalid/x","open the report")'
OTHER_PERSON = "sp-otherperson~0001"


def _article(
    source_id: str, text: str, quotes: list[Quote], speakers: list[Speaker], **meta: str
) -> Article:
    return Article(text=text, id=source_id, title=source_id.title(), quotes=quotes,
                   speakers=speakers, **meta)  # fmt: skip


def _quote(text: str, words: str, kind: str, speaker: str, *, nth: int = 0, **more) -> Quote:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Quote(start, start + len(words), words, kind, speaker=speaker, speaker_id="s1", **more)  # type: ignore[arg-type]


def _articles() -> list[Article]:
    repeat = f'Minister Ann Bold spoke on Monday.\n\n"{SAID}," Bold said.\n\nLater: "{SAID}."'
    bold = Mention(repeat.index("Ann Bold"), repeat.index("Ann Bold") + 8, "Ann Bold")
    yearless = "The government said on Friday that the border would stay open."
    second = "Officials in the capital said the government had promised new roads for the villages."
    overlap = 'Ann Bold said that the talks failed and "nobody came back to the table".'
    formula = f'Eve Mallory wrote: "{FORMULA}"'
    return [
        _article("repeat", repeat,
                 [_quote(repeat, SAID, "direct", "Ann Bold", speaker_mention=bold),
                  _quote(repeat, SAID, "direct", "Ann Bold", nth=1)],
                 [Speaker("s1", "Ann Bold", mentions=[bold])],
                 published="2021-03-01", outlet="Example News", url="https://example.org/1"),
        _article("yearless", yearless,
                 [_quote(yearless, "the border would stay open", "indirect", "Ann Bold")],
                 [Speaker("s1", "Ann Bold")], published="--01-14", outlet="Example News",
                 url="https://example.org/2"),
        _article("roads", second,
                 [_quote(second, "the government had promised new roads for the villages",
                         "indirect", "Ann Bold")],
                 [Speaker("s1", "Ann Bold")], published="2021-03-02", outlet="Other Daily",
                 url="https://example.org/3"),
        _article("overlap", overlap,
                 [_quote(overlap, "the talks failed", "indirect", "Ann Bold"),
                  _quote(overlap, 'the talks failed and "nobody came back to the table"', "mixed",
                         "Ann Bold")],
                 [Speaker("s1", "Ann Bold")], published="2021-03-03", outlet="Example News",
                 url="https://example.org/4"),
        _article("formula", formula, [_quote(formula, FORMULA, "direct", "Eve Mallory")],
                 [Speaker("s1", "Eve Mallory")], published="2021-03-04", outlet="Other Daily",
                 url="https://example.org/5"),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def checked_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The articles indexed; the Ann Bold of "roads" then made a second person of that
    name, as identity resolution does for two people called "the government"."""
    path = str(tmp_path_factory.mktemp("fact_check") / "store.db")
    with Store.open(path) as store:
        for article in _articles():
            store.save_article(article)
        Statements(store).catch_up()
        roads = store.article("roads").id
        entity = {"id": OTHER_PERSON, "name": "Ann Bold", "kind": "person",
                  "variants": {"Ann Bold": 1}, "roles": [], "articles": 1, "evidence": [],
                  "ambiguous": False}  # fmt: skip
        with store.dialect.transaction():
            store.dialect.execute(
                "UPDATE speaker_identities SET entity_id = ? WHERE article_id = ?",
                (OTHER_PERSON, roads),
            )
            store.dialect.execute(
                "INSERT INTO speaker_entities (entity_id, name, data) VALUES (?, ?, ?)",
                (OTHER_PERSON, "Ann Bold", json.dumps(entity)),
            )
    return path


@pytest.fixture()
def fc(make_client, checked_db):  # type: ignore[no-untyped-def]
    return make_client(checked_db)


def _hits(client, **params) -> list[dict]:  # type: ignore[no-untyped-def]
    body = client.get("/api/quotes", params={"per_page": 100, **params}).json()
    return body["results"]


def test_a_quotes_speaker_link_opens_the_person_it_was_resolved_to(fc):
    """Two people share a name: each quote links to its own person, not to the name (which
    opens only the person most records of the name belong to)."""
    roads = _hits(fc, q="roads")[0]
    assert roads["person_id"] == OTHER_PERSON
    assert roads["speaker_href"] == f"/speakers/{OTHER_PERSON}"
    others = [hit for hit in _hits(fc, speaker="Ann Bold") if hit["quote_id"] != roads["quote_id"]]
    assert len(others) == 5
    assert all(hit["person_id"] not in (None, OTHER_PERSON) for hit in others)
    by_name = fc.get("/api/speakers/Ann%20Bold").json()["speaker"]
    assert by_name["id"] != OTHER_PERSON, "the name opens the person most quotes belong to"
    person = fc.get(roads["speaker_href"].replace("/speakers/", "/api/speakers/")).json()
    assert person["speaker"]["quotes"] == 1
    assert all(q["speaker_href"] == f"/speakers/{OTHER_PERSON}" for q in person["recent"])
    article = fc.get(roads["article_href"].split("#")[0].replace("/articles/", "/api/articles/"))
    assert article.json()["quotes"][0]["speaker_href"] == f"/speakers/{OTHER_PERSON}"


def test_search_by_person_id_finds_that_person_only(fc):
    body = fc.get("/api/quotes", params={"speaker": OTHER_PERSON}).json()
    assert [hit["text"] for hit in body["results"]] == [
        "the government had promised new roads for the villages"
    ]
    assert body["person"] == {
        "id": OTHER_PERSON, "name": "Ann Bold", "href": f"/speakers/{OTHER_PERSON}"
    }  # fmt: skip
    assert f'href="/?speaker={OTHER_PERSON}"' in fc.get(f"/speakers/{OTHER_PERSON}").text


def test_every_quote_has_an_anchor_even_two_from_one_offset(fc):
    hits = _hits(fc, q="talks failed")
    assert len(hits) == 2 and hits[0]["start"] == hits[1]["start"]
    page = fc.get(hits[0]["article_href"].split("#")[0]).text
    for hit in hits:
        assert page.count(f'id="quote-{hit["quote_id"]}"') == 1


def test_a_statement_repeated_in_one_article_counts_one_article(fc):
    hit = _hits(fc, q='"without a zone"')[0]
    body = fc.get(f"/api/statements/{hit['statement']['id']}").json()
    assert body["counts"]["appearances"] == 2 and body["counts"]["articles"] == 1
    assert [a["same_article"] for a in body["appearances"]] == [False, True]
    page = fc.get(f"/statements/{hit['statement']['id']}").text
    assert "Printed in 1 article" in page and "again in the same article" in page
    assert "printed independently" not in page
    assert page.count("<h1") == 1


def test_an_unknown_name_suggests_the_people_it_is_part_of(fc):
    response = fc.get("/api/speakers/Mallory")
    assert response.status_code == 404
    error = response.json()["error"]
    assert [s["name"] for s in error["suggestions"]] == ["Eve Mallory"]
    assert error["suggestions"][0]["href"].startswith("/speakers/sp-")
    page = fc.get("/speakers/Mallory")
    assert page.status_code == 404 and 'href="/speakers/sp-' in page.text
    assert "suggestions" not in fc.get("/api/speakers/Nobody").json()["error"]


def test_a_date_without_a_year_reads_as_a_date(fc):
    from quotewire.web.app import date_label

    assert date_label("--01-14") == "14 January (year not given)"
    assert date_label("2021-03-01") == "2021-03-01" and date_label(None) == ""
    hit = _hits(fc, q="border")[0]
    assert hit["published"] == "--01-14", "the API keeps the stored value"
    page = fc.get("/", params={"q": "border"}).text
    assert '<time datetime="--01-14">14 January (year not given)</time>' in page
    assert "--01-14</time>" not in page


def test_a_search_downloads_as_csv_with_formulas_defused(fc):
    response = fc.get("/api/quotes.csv", params={"outlet": "Other Daily", "page": 2})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2, "the whole search, whatever the page"
    by_speaker = {row["speaker"]: row for row in rows}
    assert by_speaker["Eve Mallory"]["text"] == "'" + FORMULA
    assert by_speaker["Ann Bold"]["person_id"] == OTHER_PERSON
    assert all(row["article_href"].startswith("/articles/sha1:") for row in rows)
    assert "download the matches as CSV" in fc.get("/", params={"outlet": "Other Daily"}).text
    bad = fc.get("/api/quotes.csv", params={"kind": "rumour"})
    assert bad.status_code == 400 and bad.json()["error"]["message"].startswith("kind")
    assert "x-quotewire-truncated" not in response.headers


def test_a_csv_cut_at_the_row_limit_says_so(fc, monkeypatch):
    monkeypatch.setattr(export, "MAX_EXPORT_ROWS", 1)
    response = fc.get("/api/quotes.csv", params={"outlet": "Other Daily"})
    assert response.headers["x-quotewire-truncated"] == "true"
    assert len(list(csv.DictReader(io.StringIO(response.text)))) == 1


def test_filters_that_cannot_match_say_why(fc):
    response = fc.get("/api/quotes", params={"since": "2022", "until": "2021"})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "until: 2021-12-31 is before since (2022-01-01); swap them"
    )
    assert fc.get("/statements", params={"min_outlets": ""}).status_code == 200
    wrong = fc.get("/api/statements", params={"min_outlets": "two"})
    assert wrong.status_code == 400
    assert (
        wrong.json()["error"]["message"] == "min_outlets: expected a whole number from 1 to 10,000"
    )


def test_a_body_that_is_not_json_says_so(fc):
    response = fc.post(
        "/api/extract", content=b"{text", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith("body: not valid JSON")


@pytest.mark.parametrize(
    "path",
    ["/", "/?q=bold", "/speakers", "/statements", "/paste", "/articles/repeat"],
)
def test_pages_have_one_heading_a_skip_link_and_labelled_fields(fc, path):
    page = fc.get(path).text
    assert page.count("<h1") == 1, path
    assert 'href="#main"' in page and '<main id="main">' in page
    assert "<textarea" not in page or 'aria-label="Article text"' in page


def test_speaker_page_has_its_chart_as_a_table_and_the_list_links_its_own_json(fc):
    bold = next(s for s in fc.get("/api/speakers").json()["speakers"] if s["quotes"] > 1)
    page = fc.get(bold["href"]).text
    assert "The chart as a table" in page and "<td>2021-03</td>" in page
    speakers = fc.get("/speakers").text
    assert 'href="/api/speakers?page=1&amp;per_page=50"' in speakers


def test_a_page_past_the_end_says_so_and_leads_back(fc):
    page = fc.get("/", params={"q": "bold", "page": 500}).text
    assert "Page 500 is past the last match" in page and 'href="/?q=bold">back to' in page
    listing = fc.get("/statements", params={"page": 500}).text
    assert "Page 500 is past the last statement" in listing


def test_statements_of_one_person_by_id_and_wildcards_taken_literally(fc):
    roads = fc.get("/api/statements", params={"speaker": OTHER_PERSON}).json()["statements"]
    assert [s["speaker_href"] for s in roads] == [f"/speakers/{OTHER_PERSON}"]
    by_name = fc.get("/api/statements", params={"speaker": "ann bold"}).json()["statements"]
    assert len(by_name) > len(roads)
    assert fc.get("/api/statements", params={"speaker": "%"}).json()["statements"] == []
    page = fc.get(f"/speakers/{OTHER_PERSON}").text
    assert f'href="/statements?speaker={OTHER_PERSON}"' in page
