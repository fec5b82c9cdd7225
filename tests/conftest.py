"""Fixtures shared by the test areas (helpers they import live in ``tests/*.py`` modules
with unique names, e.g. ``postgres_schema``; this conftest puts ``tests/`` on the path)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from postgres_schema import postgres_schema


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database address nothing has used yet: SQLite always, PostgreSQL when
    $QUOTEWIRE_TEST_PG is set (its own schema, dropped afterwards)."""
    if request.param == "sqlite":
        yield str(tmp_path / "quotewire.db")
        return
    with postgres_schema() as url:
        yield url
