"""Named, ordered migrations recorded in the database; read-only opening never migrates."""

from __future__ import annotations

import sqlite3

import pytest

from quotewire.errors import StoreError
from quotewire.store import Store
from quotewire.store.migrate import applied, available


def test_every_migration_exists_for_both_databases() -> None:
    sqlite = [m.name for m in available("sqlite")]
    postgres = [m.name for m in available("postgresql")]
    assert sqlite == postgres
    assert sqlite == sorted(sqlite)
    assert sqlite[0] == "0001_initial"


def test_new_database_records_each_migration_once(db_target: str) -> None:
    with Store.open(db_target) as store:
        first = store.stats().migrations
    with Store.open(db_target) as store:
        again = store.stats().migrations
    assert first == again == [m.name for m in available("sqlite")]


def test_read_only_refuses_a_missing_sqlite_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match="no such database"):
        Store.open(str(tmp_path / "absent.db"), read_only=True)
    assert not (tmp_path / "absent.db").exists()


def test_read_only_refuses_an_unmigrated_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.db"
    sqlite3.connect(path).close()
    with pytest.raises(StoreError, match="out of date"):
        Store.open(str(path), read_only=True)


def test_read_only_store_cannot_write(db_target: str) -> None:
    from store_articles import lavrov_article

    Store.open(db_target).close()
    with Store.open(db_target, read_only=True) as store, pytest.raises(StoreError):
        store.save_article(lavrov_article())


def test_not_a_database_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are not the pages of a database\n" * 200)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store.open(str(path))
    assert path.read_bytes().startswith(b"these are not")


def test_read_only_not_a_database_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b'{"id": "a", "text": "not the pages of a database"}\n' * 200)
    with pytest.raises(StoreError, match=r"corpus\.jsonl: not a quotewire database"):
        Store.open(str(path), read_only=True)


@pytest.mark.parametrize("read_only", [False, True])
def test_another_programs_sqlite_file_is_left_untouched(tmp_path, read_only: bool) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "contacts.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Jane Doe')")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"contacts\.sqlite: not a quotewire database.*contacts"):
        Store.open(str(path), read_only=read_only)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.sqlite"]


def test_unknown_url_scheme_is_refused() -> None:
    with pytest.raises(StoreError, match="postgresql://"):
        Store.open("mysql://user:secret@localhost/db")


def test_sqlite_ledger_lists_applied_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quotewire.store.dialect import open_dialect

    path = str(tmp_path / "q.db")
    Store.open(path).close()
    dialect = open_dialect(path, read_only=True)
    try:
        assert applied(dialect) == [m.name for m in available("sqlite")]
    finally:
        dialect.close()
