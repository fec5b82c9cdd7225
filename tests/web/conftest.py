"""Fixtures for the web tests: a small store built from hand-annotated real articles.

The fast tests do not run the extractor: ``tests/data/web/annotated.jsonl`` holds articles
with their quotes, speakers and layout already marked (offsets into the text), so routes,
escaping and errors are tested without loading spaCy. The browser tests ingest raw articles
with the real pipeline (see ``test_browser.py``).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # Starlette 1.x suggests httpx2 for its test client; httpx is what the project installs.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from quotewire.store import Store
from quotewire.types import Article
from quotewire.web import create_app

DATA = Path(__file__).parent.parent / "data" / "web"


def load_annotated() -> list[Article]:
    """The hand-annotated articles (see tests/data/web/README.md)."""
    with (DATA / "annotated.jsonl").open(encoding="utf-8") as handle:
        return [Article.from_dict(json.loads(line)) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def annotated_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("web") / "annotated.db"
    with Store.open(str(path)) as store:
        for article in load_annotated():
            store.save_article(article)
    return str(path)


@pytest.fixture()
def client(annotated_db: str) -> TestClient:
    return TestClient(create_app(annotated_db), raise_server_exceptions=False)
