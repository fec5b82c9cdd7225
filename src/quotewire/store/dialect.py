"""The one seam between SQLite and PostgreSQL.

Everything else in ``quotewire.store`` writes portable SQL with ``?`` placeholders and calls a
:class:`Dialect` for the few things that differ: connecting, transactions, placeholders,
full-text search, case folding and string aggregation.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from quotewire.errors import StoreError

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
WRITE_CACHE_KIB = 65_536  # SQLite page cache of a writing connection (a bound, not an allocation)
IN_CHUNK = 512  # the most values in one ``IN (...)`` list; a power of two (see ``in_chunks``)
STREAM_ROWS = 1000  # rows a streamed query reads at a time (``Dialect.stream``)


def in_chunks(items: Sequence, size: int = IN_CHUNK) -> Iterable[list]:
    """Slices of at most ``size`` items for ``IN (...)`` lists, each padded to a power of two
    by repeating its last item (the same rows: ``IN`` tests membership). The lists then come
    in ten lengths instead of hundreds, so the driver's statement cache (SQLite's keeps 128)
    holds each compiled query instead of compiling one per length, evicting the writer's
    inserts as it goes."""
    for start in range(0, len(items), size):
        chunk = list(items[start : start + size])
        chunk += chunk[-1:] * ((1 << (len(chunk) - 1).bit_length()) - len(chunk))
        yield chunk


def _batched_rows(cursor: Any, size: int) -> Iterator[dict[str, Any]]:
    """The rows of an executed query as dicts by column name, fetched ``size`` at a time (for
    both dialects' ``stream``: a SQLite cursor or a PostgreSQL server-side one)."""
    names = [column[0] for column in cursor.description]
    while rows := cursor.fetchmany(size):
        for row in rows:
            yield dict(zip(names, row, strict=True))


@lru_cache(maxsize=16)
def placeholders(count: int) -> str:
    """``?, ?, ?`` for ``count`` values: an ``IN (...)`` list or a ``VALUES (...)`` row."""
    return ", ".join("?" * count)


@dataclass(frozen=True, slots=True)
class TextMatch:
    """SQL pieces that restrict quotes ``q`` to a full-text query and rank them."""

    joins: str
    join_params: tuple[Any, ...]
    where: str
    where_params: tuple[Any, ...]
    score: str


class Dialect:
    """What differs between the two databases. Subclasses hold one open connection."""

    name: str
    connection: Any
    errors: tuple[type[Exception], ...]
    """The driver's exceptions, which the store turns into ``StoreError``."""

    def sql(self, text: str) -> str:
        """Turn portable SQL (``?`` placeholders) into this database's."""
        return text

    def execute(self, text: str, params: Sequence[Any] = ()) -> Any:
        return self.connection.execute(self.sql(text), tuple(params))

    def executemany(self, text: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.connection.cursor().executemany(self.sql(text), rows)

    def fetch(self, text: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.execute(text, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def stream(
        self, text: str, params: Sequence[Any] = (), *, size: int = STREAM_ROWS
    ) -> Iterator[dict[str, Any]]:
        """The rows of one query over a whole table, read ``size`` at a time as the caller
        iterates, so memory stays that of one batch however large the store (``fetch`` holds
        every row). Other *reads* may run on the connection meanwhile; on PostgreSQL they run
        inside the stream's transaction, which is read only unless the stream was opened inside
        a transaction of the caller's: do not write while a stream is open."""
        yield from _batched_rows(self.execute(text, params), size)

    def fetch_in(
        self, text: str, values: Sequence[Any], params: Sequence[Any] = ()
    ) -> Iterator[dict[str, Any]]:
        """The rows of ``text`` for all ``values``: ``text`` ends with the column that an
        ``IN (...)`` list tests, and the values go in :func:`in_chunks` (after ``params``), so
        that a list of any length stays within what the driver takes and its cache holds.
        One chunk is read at a time, as the caller iterates: memory stays that of one chunk."""
        for chunk in in_chunks(values):
            yield from self.fetch(f"{text} IN ({placeholders(len(chunk))})", (*params, *chunk))

    def execute_in(self, text: str, values: Sequence[Any], params: Sequence[Any] = ()) -> None:
        """Run ``text`` (a ``DELETE`` or ``UPDATE`` ending with the column that ``IN (...)``
        tests) for all ``values``, in chunks as :meth:`fetch_in` does."""
        for chunk in in_chunks(values):
            self.execute(f"{text} IN ({placeholders(len(chunk))})", (*params, *chunk))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError

    def lock_for_migration(self) -> None:
        """Inside a transaction: keep other processes from migrating at the same time."""

    def has_table(self, name: str) -> bool:
        raise NotImplementedError

    def run_script(self, script: str) -> None:
        """Run several statements (a migration) inside the current transaction."""
        raise NotImplementedError

    def text_match(self, query: str) -> TextMatch:
        raise NotImplementedError

    def casefold(self, expression: str) -> str:
        """SQL that folds ``expression`` as :func:`fold` folds a user's value (accents too)."""
        source, target = _accent_table()
        return f"translate(lower({expression}), '{source}', '{target}')"

    def distinct_list(self, expression: str) -> str:
        """An aggregate of the distinct values as a JSON array (it may hold null)."""
        raise NotImplementedError

    def close(self) -> None:
        self.connection.close()


class SQLiteDialect(Dialect):
    """One SQLite file in WAL mode; writes take the write lock at BEGIN (IMMEDIATE)."""

    name = "sqlite"
    errors = (sqlite3.Error,)

    def __init__(self, path: str, *, read_only: bool = False, timeout: float = 30.0) -> None:
        self._savepoints = 0  # open savepoints: how deep ``transaction`` is nested
        file = Path(path)
        if read_only and not file.is_file():
            raise StoreError(f"{path}: no such database (ingest something first)")
        if not read_only and file.parent and not file.parent.is_dir():
            raise StoreError(f"{path}: folder {file.parent} does not exist")
        target = f"file:{file.resolve()}?mode=ro" if read_only else str(file)
        try:
            self.connection = sqlite3.connect(
                target,
                uri=read_only,
                timeout=timeout,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as error:
            raise StoreError(f"{path}: cannot open ({error})") from error
        try:
            self.connection.create_function("casefold", 1, _casefold, deterministic=True)
            # Before any pragma that writes: reading the table list is also what tells a file
            # that is not SQLite at all (a read-only connection would not notice it otherwise).
            _refuse_other_programs_database(self.connection, path)
            if not read_only:
                self.connection.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL survives a killed process; only power loss may lose the
                # last commits, never consistency.
                self.connection.execute("PRAGMA synchronous = NORMAL")
                # The writer inserts index keys at random places in large B-trees: with the
                # default 2 MB page cache it re-reads pages from the OS at every batch.
                self.connection.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
            self.connection.execute("PRAGMA foreign_keys = ON")
        except StoreError:
            self.connection.close()
            raise
        except sqlite3.DatabaseError as error:
            self.connection.close()
            raise StoreError(f"{path}: not a quotewire database ({error})") from error

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction; inside another one, a savepoint (as psycopg does), so a caller can
        commit many writes at once and still undo just the one that failed."""
        if self.connection.in_transaction:
            self._savepoints += 1
            name = f"quotewire_{self._savepoints}"
            self.connection.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self.connection.execute(f"ROLLBACK TO {name}")
                self.connection.execute(f"RELEASE {name}")
                raise
            finally:
                self._savepoints -= 1
            self.connection.execute(f"RELEASE {name}")
            return
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def run_script(self, script: str) -> None:
        # executescript() would commit first; run statement by statement instead, using
        # sqlite3.complete_statement to keep trigger bodies (BEGIN ... END;) whole.
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self.connection.execute(statement)
                statement = ""
        if statement.strip() and not _only_comments(statement):
            raise StoreError(f"incomplete SQL statement in migration: {statement[:60]!r}")

    def has_table(self, name: str) -> bool:
        query = "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = ?"
        return bool(self.fetch(query, (name,)))

    def text_match(self, query: str) -> TextMatch:
        return TextMatch(
            joins="JOIN quotes_fts ON quotes_fts.rowid = q.seq",
            join_params=(),
            where="quotes_fts MATCH ?",
            where_params=(fts5_query(query),),
            score="-bm25(quotes_fts)",
        )

    def casefold(self, expression: str) -> str:
        # SQLite's lower() folds ASCII only; names are often Cyrillic or accented.
        return f"casefold({expression})"

    def distinct_list(self, expression: str) -> str:
        return f"json_group_array(DISTINCT {expression})"


_STREAMS = itertools.count(1)  # names of server-side cursors, unique per process


class PostgresDialect(Dialect):
    """A psycopg 3 connection in autocommit mode with explicit transactions."""

    name = "postgresql"

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 30.0) -> None:
        import psycopg

        self.errors = (psycopg.Error,)
        try:
            self.connection = psycopg.connect(url, autocommit=True, connect_timeout=int(timeout))
        except psycopg.Error as error:
            raise StoreError(f"{redact(url)}: cannot connect ({error})".strip()) from error
        if read_only:
            self.connection.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    def sql(self, text: str) -> str:
        return text.replace("%", "%%").replace("?", "%s")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.connection.transaction():
            yield

    def lock_for_migration(self) -> None:
        self.connection.execute("SELECT pg_advisory_xact_lock(7115561)")

    def stream(
        self, text: str, params: Sequence[Any] = (), *, size: int = STREAM_ROWS
    ) -> Iterator[dict[str, Any]]:
        # A client-side cursor would receive the whole result at once: a server-side cursor
        # (it lives in a transaction) sends ``size`` rows per round trip instead. When the
        # stream opens the transaction, it is read only, so that a write made while the stream
        # is open fails at once instead of committing late or vanishing if the stream is
        # closed early; inside a caller's transaction the caller's writes stay allowed.
        from psycopg.pq import TransactionStatus

        outermost = self.connection.info.transaction_status == TransactionStatus.IDLE
        with (
            self.connection.transaction(),
            self.connection.cursor(name=f"quotewire_stream_{next(_STREAMS)}") as cursor,
        ):
            if outermost:
                self.connection.execute("SET TRANSACTION READ ONLY")
            cursor.execute(self.sql(text), tuple(params))
            yield from _batched_rows(cursor, size)

    def has_table(self, name: str) -> bool:
        query = (
            "SELECT 1 AS found FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?"
        )
        return bool(self.fetch(query, (name,)))

    def run_script(self, script: str) -> None:
        self.connection.execute(script.encode())

    def text_match(self, query: str) -> TextMatch:
        return TextMatch(
            joins="CROSS JOIN websearch_to_tsquery('english', ?) AS tsq",
            join_params=(query,),
            where="q.search @@ tsq",
            where_params=(),
            score="ts_rank(q.search, tsq)",
        )

    def distinct_list(self, expression: str) -> str:
        return f"CAST(json_agg(DISTINCT {expression}) AS TEXT)"


def open_dialect(target: str, *, read_only: bool = False, timeout: float = 30.0) -> Dialect:
    """Connect to a SQLite file path or a ``postgresql://`` URL."""
    if target.startswith(POSTGRES_SCHEMES):
        return PostgresDialect(target, read_only=read_only, timeout=timeout)
    if "://" in target:
        raise StoreError(f"{redact(target)}: use a file path or a postgresql:// URL")
    return SQLiteDialect(target, read_only=read_only, timeout=timeout)


_TERM = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)')
_WORD = re.compile(r"\w+")


def fts5_query(query: str) -> str:
    """Translate a web-search style query into FTS5 syntax, as PostgreSQL's
    ``websearch_to_tsquery`` reads it: words are ANDed, ``"a phrase"``, ``or``, ``-word``.

    Every term is quoted, so user input can never be an FTS5 syntax error.
    """
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for match in _TERM.finditer(query):
        minus = match.group(1) or match.group(3)
        raw = match.group(2) if match.group(2) is not None else match.group(4)
        if match.group(4) is not None and raw.lower() == "or" and positive and not minus:
            pending_or = True
            continue
        words = _WORD.findall(raw)
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        if minus:
            negative.append(term)
        elif pending_or:
            positive[-1] = f"{positive[-1]} OR {term}"
            pending_or = False
        else:
            positive.append(term)
    if not positive:
        return '""'
    expression = " AND ".join(f"({term})" for term in positive)
    for term in negative:
        expression = f"({expression}) NOT {term}"
    return expression


def _refuse_other_programs_database(connection: sqlite3.Connection, path: str) -> None:
    """A SQLite file with tables but no migration ledger belongs to another program: opening
    it for writing would add quotewire's tables to it and switch it to WAL mode, and reading it
    would only say that its schema is out of date. A quotewire database records its ledger in
    the first migration transaction, so a half-created one is never mistaken for a foreign one.
    """
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    if tables and "schema_migrations" not in tables:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(
            f"{path}: not a quotewire database (it holds another program's tables: {shown}); "
            "left untouched; give a new file name or a quotewire database"
        )


def fold(text: str) -> str:
    """How names and outlets are compared: case and accents dropped, so "ingrid" finds
    "Íngrid Betancourt" and "Jose" finds "José" (full-text search already ignores accents:
    FTS5's ``remove_diacritics``)."""
    if text.isascii():
        return text.lower()  # no accents to drop; the common case, kept quick
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _casefold(value: str | None) -> str | None:
    return fold(value) if value is not None else None


# Latin-1 letters, Latin Extended-A and -B, and Cyrillic (Ё, й, capitals).
_ACCENTED_RANGES = (range(0xC0, 0x250), range(0x400, 0x460))


@lru_cache(maxsize=1)
def _accent_table() -> tuple[str, str]:
    """``translate()``'s two strings for PostgreSQL: each letter whose :func:`fold` is another
    single letter (é → e, É → e, Ё → е), so SQL folds a column as :func:`fold` folds a value.
    Capitals are listed too: a database in the C locale lower-cases ASCII only."""
    source: list[str] = []
    target: list[str] = []
    for code in (c for block in _ACCENTED_RANGES for c in block):
        letter = chr(code)
        folded = fold(letter)
        if len(folded) == 1 and folded != letter:
            source.append(letter)
            target.append(folded)
    return "".join(source), "".join(target)


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())


def redact(url: str) -> str:
    """The URL without its password, for error messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)
