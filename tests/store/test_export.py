"""Export: JSONL in the article JSON contract; CSV and Parquet with one row per quote."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from typing import Any

import pyarrow.parquet as pq
import pytest
from store_articles import accented_article, lavrov_article, merkel_article, unattributed_article

from quotewire.errors import StoreError
from quotewire.statements.service import Statements
from quotewire.store import Store
from quotewire.store.export import QUOTE_ROW_COLUMNS, export_csv, export_jsonl, export_parquet
from quotewire.types import Article


def _filled(store: Store) -> Store:
    store.save_article(lavrov_article())
    store.save_article(merkel_article())
    return store


def test_jsonl_is_one_article_per_line_in_the_contract(store: Store) -> None:
    out = io.StringIO()
    assert export_jsonl(_filled(store), out) == 2
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    lavrov = next(r for r in records if r["title"].startswith("Lavrov"))
    expected = lavrov_article().to_dict()
    assert lavrov == expected | {"id": lavrov["id"]}
    assert "text" not in lavrov
    assert (lavrov["url"], lavrov["outlet"]) == ("https://example.org/lavrov", "Example News")
    with_text = io.StringIO()
    export_jsonl(store, with_text, include_text=True)
    assert all("text" in json.loads(line) for line in with_text.getvalue().splitlines())


def test_csv_has_one_row_per_quote(store: Store) -> None:
    out = io.StringIO()
    assert export_csv(_filled(store), out) == 5
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 5
    assert set(rows[0]) == set(QUOTE_ROW_COLUMNS)
    lavrov = [r for r in rows if r["speaker"] == "Sergey Lavrov"]
    assert {r["outlet"] for r in lavrov} == {"Example News"}
    assert {r["syndicated_from"] for r in lavrov} == {"TASS"}
    # No statement index in this store: the cross-article columns are empty, not guessed.
    assert {(r["person_id"], r["person"], r["statement_id"]) for r in rows} == {("", "", "")}


def test_parquet_has_one_row_per_quote(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "quotes.parquet"
    assert export_parquet(_filled(store), path) == 5
    table = pq.read_table(path)
    assert table.num_rows == 5
    assert table.column_names == list(QUOTE_ROW_COLUMNS)
    texts = table.column("text").to_pylist()
    assert "NATO expansion threatens stability in Europe." in texts
    quote_ids = {h.quote_id for h in store.search(None, limit=10)}
    assert set(table.column("quote_id").to_pylist()) == quote_ids


def test_empty_store_exports_empty_files(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert export_parquet(store, tmp_path / "empty.parquet") == 0
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0
    out = io.StringIO()
    assert export_jsonl(store, out) == 0
    assert out.getvalue() == ""


def _linked(store: Store, quote_id: str, article_id: str, speaker_id: str) -> tuple[str, ...]:
    """What the export says of one quote's person and statement, read for that quote alone."""
    db = store.dialect
    people = db.fetch(
        "SELECT entity_id, entity_name FROM speaker_identities "
        "WHERE article_id = ? AND speaker_id = ? AND entity_id NOT LIKE 'pending:%'",
        (article_id, speaker_id),
    )
    statement = db.fetch(
        "SELECT f.statement_id FROM statement_appearances sa "
        "JOIN statement_forms f ON f.form_key = sa.form_key WHERE sa.quote_id = ?",
        (quote_id,),
    )
    person = (people[0]["entity_id"], people[0]["entity_name"]) if people else ("", "")
    return (*person, statement[0]["statement_id"] if statement else "")


def test_people_and_statements_come_from_one_query_per_export(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several articles (one story printed twice, some without quotes, one stored after
    indexing): each row's person and statement are those of its own quote, read with one
    query for the whole export instead of two per article."""
    articles = [
        lavrov_article(),
        merkel_article(),
        merkel_article(published="2006-03-03"),
        accented_article(),
        *(Article(text=f"Nobody is quoted here ({n}).", url=f"https://example.org/n{n}")
          for n in range(4)),
    ]  # fmt: skip
    for article in articles:
        store.save_article(article)
    Statements(store).catch_up()
    store.save_article(unattributed_article())  # stored, not indexed: no person, no statement
    queries: list[str] = []
    for method in ("fetch", "fetch_in", "stream"):
        reading = getattr(store.dialect, method)

        def counted(text: str, *args: Any, _read: Any = reading, **kwargs: Any) -> Any:
            queries.append(text)
            return _read(text, *args, **kwargs)

        monkeypatch.setattr(store.dialect, method, counted)
    out = io.StringIO()
    count = export_csv(store, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    monkeypatch.undo()
    assert count == len(rows) > 8
    linked = [q for q in queries if "speaker_identities" in q or "statement_appearances" in q]
    assert len(linked) == 1
    for row in rows:
        expected = _linked(store, row["quote_id"], row["article_id"], row["speaker_id"])
        assert (row["person_id"], row["person"], row["statement_id"]) == expected
    assert {r["person"] for r in rows} == {"", "Sergey Lavrov", "Íngrid Betancourt"}
    twice = [r["statement_id"] for r in rows if r["text"].startswith("Climate change")]
    assert len(twice) == 2 and len(set(twice)) == 1 and twice[0]
    assert any(not r["statement_id"] for r in rows)  # the article stored after indexing


def test_spreadsheet_safe_csv_writes_formula_cells_as_text(store: Store) -> None:
    article = lavrov_article()
    hostile = dataclasses.replace(article.quotes[0], speaker_role='=HYPERLINK("http://x")')
    store.save_article(dataclasses.replace(article, quotes=[hostile, *article.quotes[1:]]))
    plain, safe = io.StringIO(), io.StringIO()
    export_csv(store, plain)
    export_csv(store, safe, spreadsheet_safe=True)
    roles = [
        {r["speaker_role"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
        for out in (plain, safe)
    ]
    assert '=HYPERLINK("http://x")' in roles[0]  # data tools get the text as stored
    assert roles[1] == {"'" + r if r.startswith("=") else r for r in roles[0]}


def test_an_export_whose_reads_disagree_fails_instead_of_leaving_people_out(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(store)
    everything = list(store.iter_articles())
    # an article the quote read still has but the article read no longer returns (as if it
    # were removed between the two): the rows after it would lose their people and statements
    monkeypatch.setattr(store, "iter_articles", lambda: iter(everything[:-1]))
    with pytest.raises(StoreError, match="came in no article"):
        export_csv(store, io.StringIO())
