"""Migration 0014: a store whose speaker rules were added before rules reached the statement
forms is re-indexed, so the merged people's words become one statement."""

from __future__ import annotations

import pytest
from statement_articles import BODY, make_article

from quotewire.statements.service import Statements
from quotewire.store import Store, migrate

REKEY = "0014_rekey_statements_by_speaker_rules"


def _appearances_per_statement(store: Store) -> list[int]:
    rows = store.dialect.fetch(
        "SELECT COUNT(*) AS n FROM statement_appearances sa "
        "JOIN statement_forms f ON f.form_key = sa.form_key GROUP BY f.statement_id"
    )
    return sorted((int(r["n"]) for r in rows), reverse=True)


def _indexed_before_the_rule(store: Store) -> None:
    """Two spellings' articles indexed, then a merge rule stored without re-keying them (as
    the code before 0014 did)."""
    service = Statements(store)
    for article in (
        make_article("a", "Herald", "2022-01-14", BODY, speaker="Alexander Lukashenko"),
        make_article("b", "Post", "2022-01-15", BODY, speaker="Alyaksandr Lukashenka"),
    ):
        store.save_article(article)
        service.update_article(article)
    with store.dialect.transaction():
        store.dialect.execute(
            "INSERT INTO speaker_rules (position, kind, left_name, right_name, created_at) "
            "VALUES (1, 'merge', 'Alexander Lukashenko', 'Alyaksandr Lukashenka', "
            "'2026-01-01T00:00:00+00:00')"
        )
    assert _appearances_per_statement(store) == [1, 1]


def test_a_store_with_rules_is_rekeyed(db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = migrate.available
    with monkeypatch.context() as patch:
        patch.setattr(
            migrate, "available", lambda name: [m for m in shipped(name) if m.name < REKEY]
        )
        with Store.open(db_target) as store:
            _indexed_before_the_rule(store)
    with Store.open(db_target) as store:
        assert REKEY in store.stats().migrations
        assert Statements(store).catch_up() == 2
        assert _appearances_per_statement(store) == [2]


def test_a_store_without_rules_is_left_as_it_is(db_target: str) -> None:
    with Store.open(db_target) as store:
        service = Statements(store)
        article = make_article("a", "Herald", "2022-01-14", BODY, speaker="Alexander Lukashenko")
        store.save_article(article)
        service.update_article(article)
        (script,) = [m.script for m in migrate.available(store.dialect.name) if m.name == REKEY]
        with store.dialect.transaction():
            store.dialect.run_script(script)
        assert service.catch_up() == 0
