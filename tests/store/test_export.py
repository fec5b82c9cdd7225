"""Export: JSONL in the article JSON contract; CSV and Parquet with one row per quote."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
from store_articles import lavrov_article, merkel_article

from quotewire.store import Store
from quotewire.store.export import QUOTE_ROW_COLUMNS, export_csv, export_jsonl, export_parquet


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
