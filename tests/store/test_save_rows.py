"""Rows shaped beforehand (``codec.article_rows``, as ingest's workers do) are saved by
``Store.save_rows`` exactly as ``save_article`` shapes them itself: same tables, same search,
same rebuilt article."""

from __future__ import annotations

import pickle

from store_articles import lavrov_article, merkel_article

from quotewire.store import Store
from quotewire.store.codec import article_rows

TABLES = ("articles", "quotes", "speakers", "syndication_credits")
NOT_COMPARED = ("ingested_at", "updated_at", "search")  # search: PostgreSQL's tsvector


def tables(store: Store) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    return {
        table: sorted(
            tuple(v for k, v in row.items() if k not in NOT_COMPARED)
            for row in store.dialect.fetch(f"SELECT * FROM {table}")
        )
        for table in TABLES
    }


def test_rows_shaped_elsewhere_store_the_same(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    articles = [lavrov_article(), merkel_article()]
    for article in articles:
        rows = pickle.loads(pickle.dumps(article_rows(article)))  # as a worker hands them over
        assert store.save_rows(rows).status == "new"
    with Store.open(str(tmp_path / "shaped-here.db")) as plain:
        for article in articles:
            plain.save_article(article)
        assert tables(store) == tables(plain)
        found = [(hit.quote_id, hit.text) for hit in store.search("NATO expansion")]
        assert found
        assert found == [(hit.quote_id, hit.text) for hit in plain.search("NATO expansion")]
    assert store.article(article_rows(articles[0]).article_id).quotes == articles[0].quotes
    again = store.save_rows(article_rows(articles[0]))
    assert again.status == "unchanged"
