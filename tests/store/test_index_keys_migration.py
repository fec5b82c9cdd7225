"""Migration 0012 drops the foreign key of ``statement_index_keys.form_key`` (ingest's writer
paid a check per key row); a store made before it keeps every row."""

from __future__ import annotations

import pytest

from quotewire.statements.cluster import StatementIndex
from quotewire.statements.form_speaker import quote_form
from quotewire.statements.storage import SqlFormBackend
from quotewire.store import Store, migrate

LAST = "0012_index_keys_without_form_check"
ROWS = "SELECT index_key, form_key FROM statement_index_keys ORDER BY index_key, form_key"


def _store_before_0012(target: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """A store migrated up to 0011, with two articles' quote forms indexed (by the clustering
    alone: the appearance rows of today's code need migration 0013); returns its index key
    rows."""
    from store_articles import lavrov_article, merkel_article

    shipped = migrate.available
    with monkeypatch.context() as patch:
        patch.setattr(
            migrate, "available", lambda name: [m for m in shipped(name) if m.name < LAST]
        )
        with Store.open(target) as store:
            assert LAST not in store.stats().migrations
            articles = [lavrov_article(), merkel_article()]
            with store.dialect.transaction():
                index = StatementIndex(SqlFormBackend(store.dialect))
                index.add(quote_form(q) for a in articles for q in a.quotes)
            return [tuple(r.values()) for r in store.dialect.fetch(ROWS)]


def test_migration_keeps_every_index_key_row(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _store_before_0012(db_target, monkeypatch)
    assert len(before) > 20
    shipped = migrate.available
    # Up to 0012 only: 0013 empties the index for a re-index (test_reindex_migration.py).
    monkeypatch.setattr(
        migrate, "available", lambda name: [m for m in shipped(name) if m.name <= LAST]
    )
    with Store.open(db_target) as store:
        assert store.stats().migrations[-1] == LAST
        after = [tuple(r.values()) for r in store.dialect.fetch(ROWS)]
        looked_up = store.dialect.fetch(
            "SELECT form_key FROM statement_index_keys WHERE index_key = ?", (before[0][0],)
        )
    assert after == before
    assert before[0][1] in [r["form_key"] for r in looked_up]


def test_index_keys_no_longer_check_their_form(db_target: str) -> None:
    with Store.open(db_target) as store, store.dialect.transaction():
        store.dialect.execute(
            "INSERT INTO statement_index_keys (index_key, form_key) VALUES (?, ?)",
            (7, "no such form"),
        )
        rows = store.dialect.fetch("SELECT form_key FROM statement_index_keys")
    assert rows == [{"form_key": "no such form"}]
