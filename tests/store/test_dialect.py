"""The dialect seam's helpers: the web-search query syntax translated for SQLite FTS5 (the same
way PostgreSQL reads it), URL redaction, and the ``IN (...)`` lists every query module builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotewire.store.dialect import (
    IN_CHUNK,
    _accent_table,
    fold,
    fts5_query,
    in_chunks,
    open_dialect,
    placeholders,
    redact,
)


@pytest.mark.parametrize(
    ("query", "fts"),
    [
        ("climate change", '("climate") AND ("change")'),
        ('"climate change" policy', '("climate change") AND ("policy")'),
        ("nato or russia", '("nato" OR "russia")'),
        ("climate -action", '(("climate")) NOT "action"'),
        ('climate -"ten years"', '(("climate")) NOT "ten years"'),
        ("U.S. policy", '("U S") AND ("policy")'),
        ('NEAR( * "', '("NEAR")'),
        ("-only", '""'),
        ("", '""'),
    ],
)
def test_fts5_query(query: str, fts: str) -> None:
    assert fts5_query(query) == fts


def test_redact_hides_the_password() -> None:
    assert redact("postgresql://user:s3cret@host:5432/db") == "postgresql://user:***@host:5432/db"
    assert redact("quotewire.db") == "quotewire.db"


def test_in_chunks_pads_each_chunk_to_a_power_of_two_with_its_last_item() -> None:
    chunks = list(in_chunks(list(range(11)), size=8))
    assert chunks == [list(range(8)), [8, 9, 10, 10]]
    assert list(in_chunks([])) == []


def test_padded_in_list_finds_the_same_rows(tmp_path: Path) -> None:
    """Repeating a value in ``IN (...)`` changes nothing: membership, not a join."""
    db = open_dialect(str(tmp_path / "t.db"))
    db.execute("CREATE TABLE t (k TEXT)")
    db.executemany("INSERT INTO t VALUES (?)", [(str(i),) for i in range(20)])
    keys = ["3", "5", "7", "11", "13"]
    found = set()
    for chunk in in_chunks(keys, size=4):
        rows = db.fetch(f"SELECT k FROM t WHERE k IN ({placeholders(len(chunk))})", chunk)
        found.update(r["k"] for r in rows)
    db.close()
    assert found == set(keys)
    assert placeholders(3) == "?, ?, ?"


def test_fetch_in_and_execute_in_cover_lists_longer_than_one_chunk(tmp_path: Path) -> None:
    """The chunked reads and writes every statement-index query uses: all values are seen,
    the leading parameters come before the list."""
    db = open_dialect(str(tmp_path / "t.db"))
    db.execute("CREATE TABLE t (k INTEGER, tag TEXT)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(i, "a") for i in range(3 * IN_CHUNK)])
    wanted = list(range(1, 3 * IN_CHUNK, 2))  # more values than one IN list holds
    rows = db.fetch_in("SELECT k FROM t WHERE tag = ? AND k", wanted, ("a",))
    assert sorted(r["k"] for r in rows) == wanted
    db.execute_in("UPDATE t SET tag = ? WHERE k", wanted, ("b",))
    assert len(list(db.fetch_in("SELECT k FROM t WHERE tag = 'b' AND k", wanted))) == len(wanted)
    db.execute_in("DELETE FROM t WHERE k", wanted)
    assert db.fetch("SELECT COUNT(*) AS n FROM t")[0]["n"] == 3 * IN_CHUNK - len(wanted)
    assert list(db.fetch_in("SELECT k FROM t WHERE k", [])) == []
    db.close()


def test_stream_reads_every_row_a_batch_at_a_time(tmp_path: Path) -> None:
    """``stream`` gives the rows as dicts in the query's order however the batches fall, and
    reads nothing before the caller asks (the query runs at the first row)."""
    db = open_dialect(str(tmp_path / "t.db"))
    db.execute("CREATE TABLE t (k INTEGER, tag TEXT)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"t{i}") for i in range(7)])
    rows = db.stream("SELECT k, tag FROM t WHERE k >= ? ORDER BY k", (2,), size=2)
    db.execute("DELETE FROM t WHERE k = 6")  # before the first row is asked for
    assert list(rows) == [{"k": k, "tag": f"t{k}"} for k in range(2, 6)]
    assert list(db.stream("SELECT k FROM t WHERE k > 99")) == []
    db.close()


def test_a_write_while_a_stream_is_open_fails_unless_the_caller_holds_the_transaction(
    db_target: str,
) -> None:
    """On PostgreSQL a stream that opens its own transaction makes it read only, so a write
    made while it is open fails at once (it would otherwise commit only when the stream ends,
    or vanish if the stream is closed early); a stream inside the caller's transaction leaves
    the caller free to write. SQLite's stream holds no transaction and needs neither."""
    db = open_dialect(db_target)
    try:  # a failure must not leave a transaction that blocks dropping the schema
        db.execute("CREATE TABLE t (k INTEGER)")
        db.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(3)])
        rows = db.stream("SELECT k FROM t ORDER BY k", size=1)
        assert next(rows) == {"k": 0}
        if db.name == "postgresql":
            with pytest.raises(db.errors):
                db.execute("INSERT INTO t VALUES (9)")
        rows.close()
        assert db.fetch("SELECT count(*) AS n FROM t") == [{"n": 3}]
        with db.transaction():
            streamed = [row["k"] for row in db.stream("SELECT k FROM t WHERE k < 3 ORDER BY k")]
            assert streamed == list(range(3))
            db.execute("INSERT INTO t VALUES (10)")
        assert db.fetch("SELECT count(*) AS n FROM t WHERE k = 10") == [{"n": 1}]
    finally:
        db.close()


@pytest.mark.parametrize("name", ["Íngrid Betancourt", "José Sócrates", "Łódź", "Ёлкин Йошкар"])
def test_postgresql_folds_a_column_as_fold_folds_a_value(name: str) -> None:
    # PostgreSQL runs translate(lower(column), source, target); SQLite calls fold() itself.
    source, target = _accent_table()
    table = dict(zip(source, target, strict=True))
    assert "".join(table.get(c, c) for c in name.lower()) == fold(name)
    assert fold("Íngrid") == "ingrid" and fold("ÉLYSÉE") == "elysee"
