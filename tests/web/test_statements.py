"""Pages over an indexed store: speakers as person entities, statements with provenance."""

from __future__ import annotations

EEZ_WORDS = "does not have an exclusive economic zone"


def _eez_statement(client) -> str:
    hits = client.get("/api/quotes", params={"q": "exclusive economic zone"}).json()["results"]
    assert len(hits) == 2 and all(hit["statement"]["articles"] == 2 for hit in hits)
    assert hits[0]["statement"]["id"] == hits[1]["statement"]["id"]
    return hits[0]["statement"]["id"]


def test_statement_provenance_marks_first_seen(indexed_client):
    statement_id = _eez_statement(indexed_client)
    body = indexed_client.get(f"/api/statements/{statement_id}").json()
    assert EEZ_WORDS in body["text"] and body["speaker"] == "Kyriakos Mitsotakis"
    assert [a["published"] for a in body["appearances"]] == ["2020-01-10", "2020-01-11"]
    assert [a["first"] for a in body["appearances"]] == [True, False]
    assert body["first_seen"]["published"] == "2020-01-10"
    assert body["appearances"][0]["title"].startswith("Greek prime minister reaffirms")
    assert body["appearances"][1]["article_href"].startswith("/articles/sha1:")
    page = indexed_client.get(f"/statements/{statement_id}")
    assert page.status_code == 200 and "first seen" in page.text
    assert page.text.count("<li class=") == 2


def test_unknown_statement_is_404(indexed_client):
    response = indexed_client.get("/api/statements/0000000000000000")
    assert response.status_code == 404
    assert "no statement" in response.json()["error"]["message"]


def test_article_quotes_link_their_statements(indexed_client):
    body = indexed_client.get("/api/articles/enwn-30b42e810484").json()
    assert body["quotes"][0]["statement"]["articles"] == 2
    html = indexed_client.get("/articles/enwn-30b42e810484").text
    assert "printed in 2 articles" in html


def test_speakers_are_entities_reachable_by_id_or_name(indexed_client):
    speakers = indexed_client.get("/api/speakers").json()["speakers"]
    top = speakers[0]
    assert top["name"] == "George W. Bush" and top["id"].startswith("sp-")
    assert top["href"] == f"/speakers/{top['id']}"
    # the list is the ranking ``quotewire speakers`` prints (Statements.speakers)
    assert (top["quotes"], top["outlets"], top["variants"]) == (5, 1, ["George W. Bush"])
    assert "George W. Bush" in indexed_client.get("/speakers").text
    by_id = indexed_client.get(f"/api/speakers/{top['id']}").json()
    by_name = indexed_client.get("/api/speakers/george w. bush").json()
    assert by_id == by_name
    assert by_id["speaker"]["entity"] is True and by_id["speaker"]["quotes"] == 5
    assert by_id["variants"] == [{"text": "George W. Bush", "count": 5}]
    assert {hit["statement"]["articles"] for hit in by_id["recent"]} == {1}


def test_statement_list_puts_the_most_printed_first(indexed_client):
    body = indexed_client.get("/api/statements").json()
    first = body["statements"][0]
    assert EEZ_WORDS in first["text"] and first["counts"]["appearances"] == 2
    assert first["first_seen"]["published"] == "2020-01-10"
    assert first["href"] == f"/statements/{first['id']}" and "appearances" not in first
    matching = indexed_client.get("/api/statements", params={"q": "Darfur"}).json()
    assert {s["speaker"] for s in matching["statements"]} == {"Tom Lantos"}
    assert indexed_client.get("/api/statements?min_outlets=2").json()["statements"] == []
    assert indexed_client.get("/api/statements?min_outlets=0").status_code == 400
    page = indexed_client.get("/statements", params={"speaker": "mitsotakis"})
    assert page.status_code == 200 and EEZ_WORDS in page.text
