"""The JSON API and the HTML pages over a small store of hand-annotated real articles."""

from __future__ import annotations

from urllib.parse import quote

BUSH = "George W. Bush"


def test_quotes_search_ranks_full_text_and_pages(client):
    body = client.get("/api/quotes", params={"q": "genocide Sudan"}).json()
    assert [hit["speaker"] for hit in body["results"]] == [BUSH]
    hit = body["results"][0]
    assert hit["published"] == "2006-04-29" and hit["outlet"] == "Wikinews"
    assert hit["article_href"].startswith("/articles/sha1:")
    page1 = client.get("/api/quotes", params={"per_page": 4}).json()
    page2 = client.get("/api/quotes", params={"per_page": 4, "page": 2}).json()
    assert page1["next_page"] == 2 and page2["previous_page"] == 1
    assert len(page1["results"]) == 4 and 1 <= len(page2["results"]) <= 4
    ids = [h["quote_id"] for h in page1["results"] + page2["results"]]
    assert len(ids) == len(set(ids)), "pages do not overlap"


def test_quotes_filters_combine(client):
    def speakers(**params):
        results = client.get("/api/quotes", params=params).json()["results"]
        return {hit["speaker"] for hit in results}

    assert speakers(speaker="bush") == {BUSH}
    assert speakers(kind="mixed") == {"Bill Frist"}
    assert speakers(since="2006-05", until="2006-05") == {BUSH, "Bill Frist"}
    assert speakers(since="2006-12-01", speaker="pelosi") == set()
    assert speakers(outlet="wikinews", q="veto") == {"Nancy Pelosi"}


def test_bad_parameters_are_json_errors_naming_the_field(client):
    for params, status, field in [
        ({"kind": "rumour"}, 400, "kind"),
        ({"since": "last tuesday"}, 400, "since"),
        ({"until": "2006-02-30"}, 400, "until"),
        ({"per_page": 1000}, 422, "per_page"),
        ({"page": 0}, 422, "page"),
        ({"q": "x" * 600}, 422, "q"),
    ]:
        response = client.get("/api/quotes", params=params)
        assert response.status_code == status, params
        assert response.json()["error"]["message"].startswith(field), params


def test_search_query_syntax_never_breaks_the_database(client):
    for query in ['"unbalanced', "AND OR NOT", "NEAR(", "' OR 1=1 --", "a:b"]:
        response = client.get("/api/quotes", params={"q": query})
        assert response.status_code == 200, query


def test_a_query_without_a_word_to_find_is_refused_not_answered_with_everything(client):
    """ "*" or an emoji has no indexed word: answering with every quote, newest first, would
    pass them off as matches; "-word" alone finds nothing on SQLite, everything on PostgreSQL."""
    for query, reason in [
        ("*", "no word"),
        ("-", "no word"),
        ("\U0001f600", "no word"),
        ("-bush -veto", "only excluded"),
        ('-"stem cell"', "only excluded"),
    ]:
        for path in ("/api/quotes", "/api/statements", "/api/quotes.csv"):
            response = client.get(path, params={"q": query})
            assert response.status_code == 400, (path, query)
            assert response.json()["error"]["message"].startswith(f"q: {reason}"), query
    assert client.get("/api/quotes", params={"q": "veto -bush"}).status_code == 200
    page = client.get("/", params={"q": "*"})
    assert page.status_code == 400 and "no word to search for" in page.text


def test_speaker_profile(client):
    body = client.get("/api/speakers/" + quote(BUSH.lower())).json()
    assert body["speaker"]["name"] == BUSH and body["speaker"]["quotes"] == 5
    assert body["speaker"]["articles"] == 5
    months = {m["month"]: m["quotes"] for m in body["timeline"]}
    assert months["2006-04"] == 2 and months["2006-06"] == 0 and months["2006-12"] == 1
    assert list(months) == sorted(months) and len(months) == 9
    assert {v["text"] for v in body["variants"]} == {"Bush", "President Bush", "Mr. Bush"}
    assert body["roles"] == [{"role": "President of the United States", "quotes": 5,
                              "first_date": "2006-04-26", "last_date": "2006-12-31"}]  # fmt: skip
    assert body["outlets"] == [{"outlet": "Wikinews", "quotes": 5, "articles": 5}]
    assert body["recent"][0]["published"] == "2006-12-31"


def test_speakers_list_and_unknown_speaker(client):
    body = client.get("/api/speakers", params={"per_page": 2}).json()
    assert body["speakers"][0]["name"] == BUSH and body["next_page"] == 2
    missing = client.get("/api/speakers/Nobody%20Here")
    assert missing.status_code == 404
    assert missing.json() == {
        "error": {"status": 404, "message": "no quotes by a speaker 'Nobody Here'"}
    }


def test_article_by_source_id_with_quote_ids_and_pieces(client):
    body = client.get("/api/articles/enwn-41649").json()
    assert body["id"].startswith("sha1:") and body["title"].startswith("U.S. Senate")
    assert [q["kind"] for q in body["quotes"]] == ["direct", "mixed"]
    assert all(q["id"].startswith("q:") for q in body["quotes"])
    pieces = [p for para in body["annotated"] for p in para["pieces"]]
    assert "".join(p["text"] for p in pieces).replace("\n", "") in body["text"].replace("\n", "")
    assert any(p["mention"] and p["href"] == "/speakers/George%20W.%20Bush" for p in pieces)
    assert client.get("/api/articles/nope").status_code == 404


def test_pages_render_the_same_data_as_html(client):
    search = client.get("/", params={"q": "slaughter"})
    assert search.status_code == 200 and "text/html" in search.headers["content-type"]
    assert "The slaughter of the people of Darfur must end." in search.text
    assert 'href="/speakers/Tom%20Lantos"' in search.text
    speaker = client.get("/speakers/George%20W.%20Bush")
    assert 'id="timeline-chart"' in speaker.text and "President Bush" in speaker.text
    article = client.get("/articles/enwn-39366")
    assert article.text.count('class="quote quote-direct"') >= 2
    assert client.get("/speakers").status_code == 200
    assert client.get("/paste").status_code == 200


def test_error_pages_are_html_without_a_trace(client):
    response = client.get("/articles/does-not-exist")
    assert response.status_code == 404 and "<h1>Not found</h1>" in response.text
    response = client.get("/", params={"since": "soon"})
    assert response.status_code == 400 and "since: expected a date" in response.text
    assert "Traceback" not in response.text


def test_crafted_article_is_escaped_everywhere(client):
    html = client.get("/articles/injection").text
    assert "<script>window" not in html and "<img" not in html and "<b " not in html
    assert "&lt;script&gt;window.__pwned" in html
    assert 'href="javascript:' not in html
    assert "&amp;lt;script&amp;gt; stays text" in html
    assert html.count("<script") == 0, "the article page needs no script at all"
    hits = client.get("/", params={"q": "protect border"}).text
    assert "<img" not in hits and "&lt;img src=x" in hits


def test_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert client.get("/docs").status_code == 200


def test_openapi_documents_every_api_route(client):
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {
        "/api/quotes",
        "/api/quotes.csv",
        "/api/speakers",
        "/api/speakers/{speaker}",
        "/api/articles/{article_id}",
        "/api/statements",
        "/api/statements/{statement_id}",
        "/api/extract",
    } <= paths
    assert not any(not path.startswith("/api/") for path in paths)


def test_static_files_are_vendored(client):
    assert client.get("/static/chart.umd.min.js").status_code == 200
    assert client.get("/static/swagger-ui-bundle.js").status_code == 200
    assert "cdn" not in client.get("/docs").text
