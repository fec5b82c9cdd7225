"""Migration 0013 empties the quote index (forms now carry their speaker, outlets one name)
and marks every indexed article changed, so ``catch_up`` re-indexes the store in its old
ingest order."""

from __future__ import annotations

import dataclasses

import pytest

from quotewire.statements.service import Statements
from quotewire.store import Store, migrate

REINDEX = "0013_reindex_statements"


def _store_before_0013(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two articles stored and indexed the old way (rows as the code before 0013 wrote them:
    forms without a speaker, the outlet as the input named it), in the reverse of id order."""
    from store_articles import lavrov_article, merkel_article

    shipped = migrate.available
    with monkeypatch.context() as patch:
        patch.setattr(
            migrate, "available", lambda name: [m for m in shipped(name) if m.name < REINDEX]
        )
        with Store.open(target) as store:
            merkel = dataclasses.replace(
                merkel_article(), outlet=None, url="https://en.wikinews.org/m"
            )
            lavrov = dataclasses.replace(lavrov_article(), outlet="Wikinews")
            db = store.dialect
            for seq, article in enumerate([merkel, lavrov], start=1):
                result = store.save_article(article)
                with db.transaction():
                    db.execute(
                        "INSERT INTO statement_articles (article_id, seq, outlet_key, "
                        "content_hash, signature, shingles) VALUES (?, ?, ?, 'old', NULL, 0)",
                        (result.article_id, seq, article.outlet or "en.wikinews.org"),
                    )
                    db.execute(
                        "INSERT INTO statement_forms (form_key, form, group_key, statement_id) "
                        "VALUES (?, '{}', ?, ?) ON CONFLICT DO NOTHING",
                        ("oldform", "oldform", "oldform"),
                    )


def test_reindex_after_migration(db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _store_before_0013(db_target, monkeypatch)
    with Store.open(db_target) as store:
        db = store.dialect
        assert REINDEX in store.stats().migrations
        assert not db.fetch("SELECT form_key FROM statement_forms")
        assert Statements(store).catch_up() == 2
        rows = db.fetch("SELECT seq, outlet_key FROM statement_articles ORDER BY seq")
        forms = [r["form"] for r in db.fetch("SELECT form FROM statement_forms")]
    # The old ingest order is kept; both are one outlet, under one name.
    assert [(r["seq"], r["outlet_key"]) for r in rows] == [(1, "Wikinews"), (2, "Wikinews")]
    assert any('"speaker": "person:lavrov"' in form for form in forms)
