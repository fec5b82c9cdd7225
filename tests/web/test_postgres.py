"""The same pages over PostgreSQL: every query the web app adds runs on both databases."""

from __future__ import annotations

import pytest

from quotewire.errors import StoreError
from quotewire.web.database import Database, QueryTimeout

pytestmark = pytest.mark.postgres


@pytest.fixture()
def pg_client(postgres_db, make_client):
    return make_client(postgres_db)


def test_search_speakers_articles_and_statements(pg_client, indexed_client):
    for url in [
        "/api/quotes?q=genocide+Sudan",
        "/api/quotes?speaker=bush&since=2006-05&until=2006-12",
        "/api/quotes?kind=direct&outlet=wikinews&per_page=3&page=2",
        "/api/speakers",
        "/api/speakers/George%20W.%20Bush",
        "/api/articles/enwn-30b42e810484",
        "/api/statements?q=economic+zone",
    ]:
        pg, sqlite = pg_client.get(url), indexed_client.get(url)
        assert pg.status_code == 200, (url, pg.text)
        assert _without_stats(pg.json()) == _without_stats(sqlite.json()), url
    statement = pg_client.get("/api/quotes?q=exclusive+economic+zone").json()["results"][0]
    body = pg_client.get(f"/api/statements/{statement['statement']['id']}").json()
    assert [a["first"] for a in body["appearances"]] == [True, False]
    for page in ["/", "/speakers", "/speakers/George%20W.%20Bush", "/articles/injection"]:
        assert pg_client.get(page).status_code == 200, page


def test_statement_timeout_and_read_only(postgres_db):
    with pytest.raises(QueryTimeout), Database(postgres_db, 0.3).connect() as conn:
        conn.dialect.fetch("SELECT pg_sleep(3)")
    with pytest.raises(StoreError, match="read-only"), Database(postgres_db).connect() as conn:
        conn.dialect.execute("DELETE FROM quotes")


def _without_stats(body: dict) -> dict:
    """Search scores and the store's backend name differ between databases by design."""
    body = {k: v for k, v in body.items() if k != "stats"}
    for hit in body.get("results", []):
        hit.pop("score", None)
    return body
