"""Forms that no quote uses any more leave the statement index, in the transaction that left
them unused (a speaker rule re-keyed their quotes, or their article changed): the index then
holds exactly what a store built from the same articles and rules from the start holds, and
``statements`` / ``provenance`` / search never name a statement without an appearance."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from statement_articles import BODY, make_article

from quotewire.statements.service import Statements
from quotewire.statements.sketch import index_keys
from quotewire.statements.storage import SqlFormBackend, form_from_json
from quotewire.store import Store, migrate
from quotewire.types import Article
from quotewire.web.queries import statements_of_quotes

LUKASHENKO = make_article("a", "Herald", "2022-01-14", BODY, speaker="Alexander Lukashenko")
LUKASHENKA = make_article("b", "Post", "2022-01-15", BODY, speaker="Alyaksandr Lukashenka")
MERGE = ("merge", "Alexander Lukashenko", "Alyaksandr Lukashenka")

# A long quote and two parts of it that share no word run: the long one joins the parts.
WHOLE = (
    "the new bridge over the river will carry four lanes of traffic and two railway tracks "
    "when it opens next spring"
)
FIRST_PART = "the new bridge over the river will carry"
LAST_PART = "two railway tracks when it opens next spring"
UNRELATED = "we have not decided anything about the tolls yet"
DROP_UNUSED = "0015_drop_unused_statement_forms"


def _quoting(article_id: str, words: str) -> Article:
    body = [
        "RIVERTON - The regional government presented its plans for the valley on Tuesday.",
        f'"{words}," the minister said.',
    ]
    return make_article(article_id, f"Paper {article_id}", "2023-03-07", body,
                        speaker="Maria Santos")  # fmt: skip


def _index(store: Store, articles: list[Article]) -> Statements:
    service = Statements(store)
    for article in articles:
        store.save_article(article)
        service.update_article(article)
    return service


def _store_rule(store: Store, kind: str, left: str, right: str) -> None:
    """A rule stored before any article is indexed (``speakers merge`` needs the names
    stored, so the reference stores write the rule row itself)."""
    with store.dialect.transaction():
        store.dialect.execute(
            "INSERT INTO speaker_rules (position, kind, left_name, right_name, created_at) "
            "VALUES (1, ?, ?, ?, '2026-01-01T00:00:00+00:00')",
            (kind, left, right),
        )


def _index_tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The statement index, table by table, as sorted rows (edges unordered)."""
    queries = {
        "forms": "SELECT form_key, form, group_key, statement_id FROM statement_forms",
        "index_keys": "SELECT index_key, form_key FROM statement_index_keys",
        "edges": "SELECT left_form, right_form, same, reason FROM statement_edges",
        "appearances": "SELECT quote_id, article_id, form_key, reported_by "
        "FROM statement_appearances",
    }
    tables = {
        name: sorted(tuple(row.values()) for row in store.dialect.fetch(sql))
        for name, sql in queries.items()
    }
    tables["edges"] = sorted((*sorted(edge[:2]), *edge[2:]) for edge in tables["edges"])
    return tables


def _built_from_the_start(
    path: Path, articles: list[Article], rule: tuple[str, str, str] | None = None
) -> dict[str, list[tuple[Any, ...]]]:
    with Store.open(str(path)) as store:
        if rule:
            _store_rule(store, *rule)
        _index(store, articles)
        return _index_tables(store)


def _assert_every_statement_appears(store: Store) -> None:
    """No form without a quote, no index key or edge of a form that is gone, and every
    statement the index names (what ``statements``, ``provenance`` and the web's search
    show) has an appearance."""
    db, service = store.dialect, Statements(store)
    unused = db.fetch(
        "SELECT f.form_key FROM statement_forms f WHERE NOT EXISTS "
        "(SELECT 1 FROM statement_appearances sa WHERE sa.form_key = f.form_key)"
    )
    assert unused == []
    forms = {r["form_key"]: form_from_json(r["form"])
             for r in db.fetch("SELECT form_key, form FROM statement_forms")}  # fmt: skip
    keys = {(r["index_key"], r["form_key"])
            for r in db.fetch("SELECT index_key, form_key FROM statement_index_keys")}  # fmt: skip
    assert keys == {(k, f) for f, ks in zip(forms, index_keys(list(forms.values())), strict=True)
                    for k in ks}  # fmt: skip
    edges = db.fetch("SELECT left_form, right_form FROM statement_edges")
    assert all(e["left_form"] in forms and e["right_form"] in forms for e in edges)
    named = {r["statement_id"] for r in db.fetch("SELECT statement_id FROM statement_forms")}
    for statement_id in named:
        assert service.get(statement_id).appearances
    quotes = [r["quote_id"] for r in db.fetch("SELECT quote_id FROM statement_appearances")]
    assert {s["id"] for s in statements_of_quotes(db, quotes).values()} == named
    assert {s.id for s in service.list(limit=1000)} == named


def test_a_merge_leaves_the_index_a_store_with_the_rule_from_the_start_holds(
    db_target: str, tmp_path: Path
) -> None:
    expected = _built_from_the_start(tmp_path / "ruled.db", [LUKASHENKO, LUKASHENKA], MERGE)
    with Store.open(db_target) as store:
        service = _index(store, [LUKASHENKO, LUKASHENKA])
        forms = store.dialect.fetch("SELECT form_key FROM statement_forms")
        before = {r["form_key"] for r in forms}
        assert len(before) == 2  # one form per spelling's key
        service.merge_speakers(*MERGE[1:])
        _assert_every_statement_appears(store)
        assert _index_tables(store) == expected
        (gone,) = before - {f for f, *_ in expected["forms"]}
        assert not store.dialect.fetch(
            "SELECT 1 AS found FROM statement_forms WHERE statement_id = ?", (gone,)
        )


def test_a_split_after_a_merge_leaves_no_unused_form(db_target: str, tmp_path: Path) -> None:
    expected = _built_from_the_start(tmp_path / "plain.db", [LUKASHENKO, LUKASHENKA])
    with Store.open(db_target) as store:
        service = _index(store, [LUKASHENKO, LUKASHENKA])
        service.merge_speakers(*MERGE[1:])
        service.split_speaker(*MERGE[1:])
        _assert_every_statement_appears(store)
        assert _index_tables(store)["forms"] == expected["forms"]


def test_a_changed_article_takes_the_form_that_held_two_quotes_together_away(
    db_target: str, tmp_path: Path
) -> None:
    """Two parts of one long quote are one statement only through the long quote; when the
    article that printed it is changed, they are two, as if the long quote had never been."""
    first, whole, last = (_quoting("a", FIRST_PART), _quoting("b", WHOLE),
                          _quoting("c", LAST_PART))  # fmt: skip
    changed = _quoting("b", UNRELATED)
    expected = _built_from_the_start(tmp_path / "fresh.db", [first, changed, last])
    with Store.open(db_target) as store:
        service = _index(store, [first, whole, last])
        (joined,) = service.list()
        assert len(joined.appearances) == 3
        _index(store, [changed])
        _assert_every_statement_appears(store)
        assert _index_tables(store) == expected
        assert sorted(len(s.appearances) for s in service.list()) == [1, 1, 1]


def _unused_forms(store: Store) -> int:
    rows = store.dialect.fetch(
        "SELECT COUNT(*) AS n FROM statement_forms f WHERE NOT EXISTS "
        "(SELECT 1 FROM statement_appearances sa WHERE sa.form_key = f.form_key)"
    )
    return int(rows[0]["n"])


def test_migration_0015_cleans_a_store_that_kept_unused_forms(
    db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store written by the code before (unused forms kept: the long quote of the changed
    article, and the un-merged spelling's form) is clean after the migration and the next
    ``catch_up``, and holds what a fresh build holds."""
    first, whole, last = (_quoting("a", FIRST_PART), _quoting("b", WHOLE),
                          _quoting("c", LAST_PART))  # fmt: skip
    changed = _quoting("b", UNRELATED)
    articles = [first, changed, last, LUKASHENKO, LUKASHENKA]
    expected = _built_from_the_start(tmp_path / "fresh.db", articles, MERGE)
    shipped = migrate.available
    with monkeypatch.context() as patch:
        patch.setattr(
            migrate, "available", lambda name: [m for m in shipped(name) if m.name < DROP_UNUSED]
        )
        patch.setattr(SqlFormBackend, "remove_forms", lambda self, form_keys: None)
        with Store.open(db_target) as store:
            service = _index(store, [first, whole, last, LUKASHENKO, LUKASHENKA])
            _index(store, [changed])
            service.merge_speakers(*MERGE[1:])
            assert _unused_forms(store) == 2
    with Store.open(db_target) as store:
        assert store.stats().migrations[-1] == DROP_UNUSED
        assert Statements(store).catch_up() == 2  # the two articles quoting the bridge
        _assert_every_statement_appears(store)
        assert _index_tables(store) == expected


def test_migration_0015_leaves_a_clean_store_as_it_is(db_target: str) -> None:
    with Store.open(db_target) as store:
        _index(store, [LUKASHENKO, LUKASHENKA])
        before = _index_tables(store)
        (script,) = [m.script for m in migrate.available(store.dialect.name)
                     if m.name == DROP_UNUSED]  # fmt: skip
        with store.dialect.transaction():
            store.dialect.run_script(script)
        assert Statements(store).catch_up() == 0
        assert _index_tables(store) == before


# Parts of one sentence, its distractor (negation dropped), one-word edits and an unrelated
# quote, by three named speakers and an unnamed one: statements of many forms, conflicts.
_SENTENCE = (
    "the committee will not approve the new budget before the elections in the spring "
    "because the members want more time to study the plans of the ministry"
)


def _random_quote(rng: random.Random) -> str:
    draw, words = rng.random(), _SENTENCE.split()
    if draw < 0.3:
        start = rng.randrange(0, 12)
        words = words[start : rng.randrange(start + 6, len(words) + 1)]
    elif draw < 0.45:
        words = [w for w in words if w != "not"]
    elif draw < 0.6:
        words[rng.randrange(len(words))] = rng.choice(["old", "big", "tax", "city"])
    elif draw < 0.7:
        words = UNRELATED.split()
    return " ".join(words)


def _random_article(rng: random.Random, number: int, version: int) -> Article:
    body = [f"CITY - Report {number}, version {version}, on the budget talks."]
    body += [f'"{_random_quote(rng)}," the official said.' for _ in range(rng.randrange(1, 3))]
    speaker = rng.choice(["Maria Santos", "Jan Kowalski", "John Smith", None])
    return make_article(f"r{number}", f"Paper {number % 3}", "2023-03-07", body, speaker=speaker)


@pytest.mark.parametrize("seed", range(5))
def test_articles_changed_at_random_leave_what_a_fresh_build_holds(
    tmp_path: Path, seed: int
) -> None:
    """Eight articles, one to three of them changed at random twelve times over (indexed in
    one batch or by ``catch_up``): the index equals one built from the last versions alone.
    (Measured over 60 seeds: 1,537 forms removed, no difference.)"""
    rng = random.Random(seed)
    current = {n: _random_article(rng, n, 0) for n in range(8)}
    with Store.open(str(tmp_path / "changed.db")) as store:
        service = _index(store, list(current.values()))
        for version in range(1, 13):
            changed = rng.sample(range(8), rng.randrange(1, 4))
            for number in changed:
                current[number] = _random_article(rng, number, version)
                store.save_article(current[number])
            if rng.random() < 0.5:
                service.update_articles([current[number] for number in changed])
            else:
                service.catch_up()
        _assert_every_statement_appears(store)
        changed = _index_tables(store)
    assert len({row[3] for row in changed["forms"]}) < len(changed["forms"])  # joined forms
    fresh = sorted(current.values(), key=lambda article: str(article.id))
    assert changed == _built_from_the_start(tmp_path / "fresh.db", fresh)
