"""Fixtures for the web tests: a small store built from hand-annotated real articles.

The fast tests do not run the extractor: ``tests/data/web/annotated.jsonl`` holds articles
with their quotes, speakers and layout already marked (offsets into the text), so routes,
escaping and errors are tested without loading spaCy. The browser tests ingest raw articles
with the real pipeline (see ``test_browser.py``).
"""

from __future__ import annotations

import json
import shutil
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from postgres_schema import postgres_schema

with warnings.catch_warnings():
    # Starlette 1.x suggests httpx2 for its test client; httpx is what the project installs.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from quotewire.statements.service import Statements
from quotewire.store import Store
from quotewire.types import Article
from quotewire.web import create_app

DATA = Path(__file__).parent.parent / "data" / "web"


def load_annotated() -> list[Article]:
    """The hand-annotated articles (built by tests/data/web/make_annotated.py)."""
    with (DATA / "annotated.jsonl").open(encoding="utf-8") as handle:
        return [Article.from_dict(json.loads(line)) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def annotated_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("web") / "annotated.db"
    with Store.open(str(path)) as store:
        for article in load_annotated():
            store.save_article(article)
    return str(path)


@pytest.fixture(scope="session")
def indexed_db(tmp_path_factory: pytest.TempPathFactory, annotated_db: str) -> str:
    """The same articles with statements and speaker identities indexed (as ingest does)."""
    path = tmp_path_factory.mktemp("web") / "indexed.db"
    shutil.copyfile(annotated_db, path)
    with Store.open(str(path)) as store:
        Statements(store).catch_up()
    return str(path)


@pytest.fixture(scope="session")
def postgres_db() -> Iterator[str]:
    """The indexed articles in a fresh PostgreSQL schema ($QUOTEWIRE_TEST_PG), dropped after."""
    with postgres_schema("test_web") as url:
        with Store.open(url) as store:
            for article in load_annotated():
                store.save_article(article)
            Statements(store).catch_up()
        yield url


def _client(db: str, **options: Any) -> TestClient:
    """A test client that answers server errors as the browser would see them."""
    return TestClient(create_app(db, **options), raise_server_exceptions=False)


@pytest.fixture()
def make_client() -> Callable[..., TestClient]:
    """``make_client(db, **create_app_options)``."""
    return _client


@pytest.fixture()
def client(annotated_db: str) -> TestClient:
    """Speakers are names as written: no statement index."""
    return _client(annotated_db)


@pytest.fixture()
def indexed_client(indexed_db: str) -> TestClient:
    """Speakers are person entities and quotes belong to statements."""
    return _client(indexed_db)
