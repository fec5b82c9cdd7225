"""The web app's database access: read-only, and every request bounded in time (as Datasette).

Each request opens its own read-only connection, so a slow query in one request never holds
up another, and the time limit starts when the request does. SQLite is opened with
``mode=ro`` and interrupted by a progress handler at the deadline; PostgreSQL sessions are
read-only with ``statement_timeout``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg

from quotewire.errors import StoreError
from quotewire.store import Store
from quotewire.store.dialect import Dialect, SQLiteDialect, open_dialect
from quotewire.store.migrate import pending

# SQLite calls the progress handler every this many virtual-machine instructions.
_PROGRESS_STEPS = 10_000


class QueryTimeout(StoreError):
    """A query ran past the request's time limit and was stopped."""


@dataclass(slots=True)
class Connection:
    """One request's read-only view of the store: the ``Store`` API and its raw dialect."""

    store: Store
    dialect: Dialect


@dataclass(frozen=True, slots=True)
class Database:
    """Where the store is and how long a request may spend in it."""

    target: str
    time_limit: float = 5.0

    def check(self) -> None:
        """Fail now, with the reason, if the store cannot be opened (called at start-up)."""
        with self.connect():
            pass

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        dialect = open_dialect(self.target, read_only=True, timeout=self.time_limit)
        try:
            _limit_time(dialect, self.time_limit)
            missing = [m.name for m in pending(dialect)]
            if missing:
                raise StoreError(
                    f"database schema is out of date (missing {', '.join(missing)}); "
                    "run quotewire ingest once to migrate it"
                )
            yield Connection(Store(dialect, self.target, read_only=True), dialect)
        except (sqlite3.Error, psycopg.Error) as error:
            if _timed_out(error):
                raise QueryTimeout(
                    f"the query took longer than {self.time_limit:g} s and was stopped"
                ) from error
            raise StoreError(f"database error: {error}") from error
        finally:
            dialect.close()


def _limit_time(dialect: Dialect, seconds: float) -> None:
    if isinstance(dialect, SQLiteDialect):
        deadline = time.monotonic() + seconds
        dialect.connection.set_progress_handler(
            lambda: int(time.monotonic() > deadline), _PROGRESS_STEPS
        )
    else:
        dialect.connection.execute(f"SET statement_timeout = {int(seconds * 1000)}")


def _timed_out(error: Exception) -> bool:
    if isinstance(error, sqlite3.OperationalError):
        return "interrupted" in str(error)
    return isinstance(error, psycopg.errors.QueryCanceled)
