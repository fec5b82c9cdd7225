"""What keeps the app safe: read-only time-limited queries, bounded bodies, errors, no traces."""

from __future__ import annotations

import pytest

from quotewire.errors import StoreError
from quotewire.web.database import Database, QueryTimeout

FORM = {"content-type": "application/x-www-form-urlencoded"}
ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(x) FROM n"


def test_a_query_past_the_time_limit_is_stopped(annotated_db):
    with (
        pytest.raises(QueryTimeout, match=r"longer than 0\.2 s"),
        Database(annotated_db, 0.2).connect() as conn,
    ):
        conn.dialect.fetch(ENDLESS)


def test_the_database_is_opened_read_only(annotated_db):
    with pytest.raises(StoreError, match="readonly"), Database(annotated_db).connect() as conn:
        conn.dialect.execute("DELETE FROM quotes")
    with Database(annotated_db).connect() as conn:
        assert conn.store.stats().quotes == 12


def test_database_errors_are_messages_not_traces(tmp_path, make_client):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("these are not the tables you are looking for " * 100)
    for target in (str(not_a_db), str(tmp_path / "missing.db")):
        client = make_client(target)
        api = client.get("/api/quotes")
        assert api.status_code == 503, target
        assert api.json()["error"]["message"].startswith("the database could not answer")
        page = client.get("/")
        assert page.status_code == 503 and "Traceback" not in page.text
        assert 'File "' not in page.text


def test_request_bodies_are_bounded(annotated_db, make_client):
    client = make_client(annotated_db, max_body_bytes=1000)
    declared = client.post("/api/extract", json={"text": "x" * 5000})
    assert declared.status_code == 413
    assert declared.json()["error"]["message"] == "request body larger than 1,000 bytes"

    def chunks():
        for _ in range(10):
            yield b"a" * 500

    streamed = client.post("/paste", content=chunks(), headers=FORM)
    assert streamed.status_code == 413 and "larger than 1,000 bytes" in streamed.text


def test_extraction_input_is_checked_before_the_model_runs(annotated_db, make_client):
    client = make_client(annotated_db, max_extract_chars=50)
    too_long = client.post("/api/extract", json={"text": "word " * 20})
    assert too_long.status_code == 413
    assert too_long.json()["error"]["message"] == "text: 100 characters; at most 50 here"
    empty = client.post("/api/extract", json={"text": "  \n "})
    assert empty.status_code == 400
    missing = client.post("/api/extract", json={"published": "2022-01-14"})
    assert missing.status_code == 422 and missing.json()["error"]["message"].startswith("text")
    not_json = client.post(
        "/api/extract", content=b"\xff\xfe", headers={"content-type": "application/json"}
    )
    assert not_json.status_code == 422
    bad_date = client.post("/api/extract", json={"text": "He said hi.", "published": "someday"})
    assert bad_date.status_code == 400
    year_only = client.post("/api/extract", json={"text": "He said hi.", "published": "2022"})
    assert year_only.status_code == 400 and "not a whole date" in year_only.text
    bad_form = client.post("/paste", content=b"text=%FF%FE", headers=FORM)
    assert bad_form.status_code == 400 and "could not be read" in bad_form.text


def test_a_nul_character_is_a_400_not_a_database_error(client):
    for path in (
        "/api/quotes?q=a%00b",
        "/api/speakers/a%00b",
        "/?speaker=%00",
        "/api/quotes?q=%00",
    ):
        response = client.get(path)
        assert response.status_code == 400, path
        assert "NUL" in response.json()["error"]["message"]


def test_head_is_answered_like_get_without_a_body(client):
    for path in ("/", "/speakers", "/api/quotes", "/articles/enwn-41649"):
        head = client.head(path)
        assert head.status_code == 200 and head.content == b"", path
        assert head.headers["content-type"] == client.get(path).headers["content-type"]
    assert client.head("/articles/nope").status_code == 404
