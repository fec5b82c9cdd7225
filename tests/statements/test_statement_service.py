"""The store-backed service: incremental updates, order independence, rules that survive."""

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from statement_articles import BODY, make_article

from quotewire.errors import NotFoundError, StoreError
from quotewire.statements.collection import StatementCollection
from quotewire.statements.evaluation import load_labelled_articles
from quotewire.statements.service import Statements
from quotewire.statements.speaker_registry import rules
from quotewire.store import Store
from quotewire.store.export import export_csv
from quotewire.types import Article

DATA = Path(__file__).parents[1] / "data" / "syndication" / "articles.jsonl"


def ingest(target: str | Path, articles: list[Article]) -> Store:
    store = Store.open(str(target))
    service = Statements(store)
    for article in articles:
        store.save_article(article)
        service.update_article(article)
    return store


def partition(store: Store) -> set[frozenset[str]]:
    rows = store.dialect.fetch(
        "SELECT f.statement_id, a.url, q.start_offset FROM statement_appearances sa "
        "JOIN statement_forms f ON f.form_key = sa.form_key "
        "JOIN quotes q ON q.id = sa.quote_id JOIN articles a ON a.id = sa.article_id"
    )
    groups: dict[str, set[str]] = {}
    for row in rows:
        groups.setdefault(row["statement_id"], set()).add(f"{row['url']}@{row['start_offset']}")
    return {frozenset(g) for g in groups.values()}


def test_store_results_equal_the_in_memory_ones_and_do_not_depend_on_order(
    tmp_path: Path,
) -> None:
    articles = [a for a, _ in load_labelled_articles(DATA)]
    memory = StatementCollection()
    memory.add(articles)
    forward = ingest(tmp_path / "forward.db", articles)
    backward = ingest(tmp_path / "backward.db", articles[::-1])
    try:
        assert partition(forward) == partition(backward)
        url = {a.id: a.url for a in articles}
        expected = {
            (url[link.article_id], url.get(link.original_id or ""), link.method)
            for link in memory.syndication.links.values()
        }
        rows = forward.dialect.fetch(
            "SELECT a.url, o.url AS original, l.method FROM syndication_links l "
            "JOIN articles a ON a.id = l.article_id LEFT JOIN articles o ON o.id = l.original_id"
        )
        assert {(r["url"], r["original"], r["method"]) for r in rows} == expected
    finally:
        forward.close()
        backward.close()


def test_list_get_and_provenance(db_target: str) -> None:
    original = make_article("tass", "TASS", "2022-01-14", BODY, speaker="Sergey Lavrov")
    copy = make_article("daily", "Daily", "2022-01-15", [*BODY, "Based on materials from TASS"],
                        speaker="Sergei Lavrov")  # fmt: skip
    store = ingest(db_target, [copy, original])
    try:
        service = Statements(store)
        (statement,) = service.list("peacekeeping capabilities", min_outlets=2)
        assert statement.outlets == 2 and statement.independent_outlets == 1
        assert statement.first_seen.outlet == "TASS"
        assert len(statement.speakers) == 1  # both spellings are one entity
        assert service.list(speaker="lavrov")[0].id == statement.id
        assert service.list(min_outlets=3) == []
        timeline = service.provenance(statement.id[:8])
        assert [a["republication_of"] is not None for a in timeline["appearances"]] == [False, True]
        assert {link["method"] for link in timeline["syndication"]} == {
            "original",
            "credit+near-duplicate",
        }
        with pytest.raises(NotFoundError):
            service.get("ffff")
    finally:
        store.close()


def test_update_is_idempotent_and_catch_up_indexes_what_ingest_missed(db_target: str) -> None:
    store = Store.open(db_target)
    try:
        article = make_article("a", "Herald", "2022-01-14", BODY, speaker="Sergey Lavrov")
        store.save_article(article)
        service = Statements(store)
        assert service.catch_up() == 1
        assert service.catch_up() == 0
        service.update_article(article)
        count = store.dialect.fetch("SELECT COUNT(*) AS n FROM statement_appearances")[0]["n"]
        assert count == 1
    finally:
        store.close()


def test_speaker_rules_survive_reingest(db_target: str) -> None:
    first = make_article("a", "Herald", "2022-01-14", BODY, speaker="Sergey Lavrov")
    second = make_article("b", "Post", "2022-02-01", ['"We will see," FM Lavrov said.'],
                          speaker="FM Lavrov")  # fmt: skip
    store = ingest(db_target, [first, second])
    try:
        service = Statements(store)
        (lavrov,) = service.speakers("lavrov")
        assert set(lavrov["variants"]) >= {"Sergey Lavrov", "FM Lavrov"}
        service.split_speaker("Sergey Lavrov", "FM Lavrov")
        assert len(service.speakers("lavrov")) == 2
        changed = make_article("b", "Post", "2022-02-01", ['"We will see, then," FM Lavrov said.'],
                               speaker="FM Lavrov")  # fmt: skip
        store.save_article(changed)
        service.update_article(changed)
        assert len(service.speakers("lavrov")) == 2
        service.merge_speakers("Sergey Lavrov", "FM Lavrov")
        assert len(service.speakers("lavrov")) == 1
        with pytest.raises(NotFoundError):
            service.merge_speakers("Nobody Known", "Sergey Lavrov")
    finally:
        store.close()


def statements_of(store: Store) -> list[int]:
    """How many appearances each statement has, largest first."""
    rows = store.dialect.fetch(
        "SELECT COUNT(*) AS n FROM statement_appearances sa "
        "JOIN statement_forms f ON f.form_key = sa.form_key GROUP BY f.statement_id"
    )
    return sorted((int(r["n"]) for r in rows), reverse=True)


def test_a_speakers_merge_joins_the_merged_peoples_statements(db_target: str) -> None:
    """Surnames the folding keeps apart (Lukashenko / Lukashenka) make two speaker keys, so the
    same words are two statements until the user merges the people; a split undoes it, and a
    later article by the merged spelling joins at once."""
    first = make_article("a", "Herald", "2022-01-14", BODY, speaker="Alexander Lukashenko")
    second = make_article("b", "Post", "2022-01-15", BODY, speaker="Alyaksandr Lukashenka")
    store = ingest(db_target, [first, second])
    try:
        service = Statements(store)
        assert statements_of(store) == [1, 1]
        service.merge_speakers("Alexander Lukashenko", "Alyaksandr Lukashenka")
        assert statements_of(store) == [2]
        (statement,) = service.list(speaker="lukashenk")
        assert len({a.speaker_entity for a in statement.appearances}) == 1  # one person
        service.split_speaker("Alexander Lukashenko", "Alyaksandr Lukashenka")
        assert statements_of(store) == [1, 1]
        service.merge_speakers("Alexander Lukashenko", "Alyaksandr Lukashenka")
        third = make_article("c", "Daily", "2022-01-16", BODY, speaker="Alyaksandr Lukashenka")
        store.save_article(third)
        service.update_article(third)
        assert statements_of(store) == [3]
    finally:
        store.close()


def test_a_merge_that_cannot_join_a_person_and_an_organisation_says_so(db_target: str) -> None:
    person = make_article("a", "Herald", "2020-04-10", BODY, speaker="Bernie Sanders")
    organisation = make_article("b", "Post", "2020-04-10", ['"We will see," Sanders said.'],
                                speaker="Sanders")  # fmt: skip
    organisation.speakers[0].kind = "organisation"  # a surname the extractor took for one
    store = ingest(db_target, [person, organisation])
    try:
        service = Statements(store)
        with pytest.raises(StoreError, match="'Sanders' is stored as an organisation and "
                           "'Bernie Sanders' as a person"):  # fmt: skip
            service.merge_speakers("Sanders", "Bernie Sanders")
        assert rules(store.dialect) == []  # the rule that did nothing is not kept
    finally:
        store.close()


def test_speakers_rank_people_merged_across_spellings(db_target: str) -> None:
    """Two spellings of one person outrank a name that is written one way more often."""
    merkel = ['"We will see," she said.', '"It is done," she added.']
    store = ingest(db_target, [
        make_article("a", "Herald", "2022-01-14", BODY, speaker="Sergey Lavrov"),
        make_article("b", "Post", "2022-02-01", BODY, speaker="Sergei Lavrov"),
        make_article("c", "Post", "2022-02-03", [*merkel, *BODY[:1]], speaker="Angela Merkel"),
        make_article("d", "Herald", "2022-03-01", BODY, speaker="FM Lavrov"),
    ])  # fmt: skip
    try:
        names = [s.name for s in store.speakers()]
        assert names[0] == "Angela Merkel"  # names as written: 2 quotes against 1 each
        ranked = Statements(store).speakers()
        lavrov = ranked[0]
        assert [e["name"] for e in ranked] == [lavrov["name"], "Angela Merkel"]
        assert set(lavrov["variants"]) >= {"Sergey Lavrov", "Sergei Lavrov", "FM Lavrov"}
        assert (lavrov["quotes"], lavrov["articles"], lavrov["outlets"]) == (3, 3, 2)
        assert (lavrov["first_date"], lavrov["last_date"]) == ("2022-01-14", "2022-03-01")
        assert [e["id"] for e in Statements(store).speakers(top=1)] == [lavrov["id"]]
        assert Statements(store).speakers(outlet="Post", since="2022-02-02")[0]["quotes"] == 2
    finally:
        store.close()


@pytest.fixture
def lavrov_twice(db_target: str) -> Iterator[Store]:
    """One statement by one person, written "Sergey Lavrov" and "FM Lavrov", resolved."""
    store = ingest(db_target, [
        make_article("a", "Herald", "2022-01-14", BODY, speaker="Sergey Lavrov"),
        make_article("d", "Post", "2022-03-01", BODY, speaker="FM Lavrov"),
    ])  # fmt: skip
    Statements(store).catch_up()
    yield store
    store.close()


def test_search_by_speaker_finds_the_quotes_of_every_spelling_of_the_person(
    lavrov_twice: Store,
) -> None:
    """Asking for "Sergey Lavrov" also finds the article that wrote "FM Lavrov", once
    identity resolution has made that Lavrov him."""
    hits = lavrov_twice.search(speaker="sergey lavrov")
    assert sorted(h.speaker for h in hits) == ["FM Lavrov", "Sergey Lavrov"]
    assert [h.speaker for h in lavrov_twice.search(speaker="FM")] == ["FM Lavrov"]
    assert lavrov_twice.search(speaker="Sergei") == []


def test_export_names_each_quotes_person_and_statement(lavrov_twice: Store) -> None:
    """The CSV's speaker_id ("s1") means nothing outside its article; person_id and
    statement_id tie the rows of one person and of one statement together."""
    out = io.StringIO()
    export_csv(lavrov_twice, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["speaker"] for r in rows} == {"Sergey Lavrov", "FM Lavrov"}
    assert {r["person"] for r in rows} == {"Sergey Lavrov"}
    assert len({r["person_id"] for r in rows}) == 1 and rows[0]["person_id"].startswith("sp-")
    assert len({r["statement_id"] for r in rows}) == 1 and rows[0]["statement_id"]
