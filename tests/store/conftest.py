"""A fresh, empty store on each backend (``db_target``, tests/conftest.py): SQLite always,
PostgreSQL when $QUOTEWIRE_TEST_PG is set."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quotewire.store import Store


@pytest.fixture
def store(db_target: str) -> Iterator[Store]:
    with Store.open(db_target) as opened:
        yield opened
