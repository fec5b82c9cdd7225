"""Fixtures of the distributed tests: the small real corpus and WARC files built with warcio."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
CORPUS = ROOT / "tests" / "data" / "distributed" / "wikinews-en-20.jsonl"
CLUSTER_SCRIPT = ROOT / "scripts" / "dask-cluster.sh"

# What a store holds after ingest, table by table, without the times of ingest; edges and
# duplicate pairs are unordered (which side was added first depends on arrival order).
STORE_TABLES = {
    "articles": "id, source_id, url, outlet, title, published, language, text, content_hash, "
    "syndicated_from, layout, extractor_version",
    "quotes": "id, article_id, position, start_offset, end_offset, text, kind, cue, speaker, "
    "speaker_id, speaker_role, confidence, date, occasion, detail",
    "speakers": "*",
    "syndication_credits": "*",
    "statement_articles": "article_id, seq, content_hash, shingles",
    "statement_forms": "*",
    "statement_index_keys": "*",
    "statement_appearances": "*",
    "statement_edges": "min(left_form, right_form), max(left_form, right_form), same, reason",
    "syndication_links": "*",
    "article_duplicates": "min(left_article, right_article), max(left_article, right_article)",
    "speaker_identities": "*",
    "speaker_entities": "*",
}


@pytest.fixture
def store_contents():
    """Read every table of a SQLite store as sorted rows, for comparing two stores."""
    return _store_contents


def _store_contents(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        return {
            table: sorted(connection.execute(f"SELECT {columns} FROM {table}").fetchall())
            for table, columns in STORE_TABLES.items()
        }


@pytest.fixture(scope="session")
def local_store(tmp_path_factory) -> Path:
    """The corpus ingested by the single-machine engine (``--engine local``), once per session."""
    from quotewire.ingest import ingest
    from quotewire.read.sources import read_sources
    from quotewire.store import Store

    path = tmp_path_factory.mktemp("local") / "local.db"
    with Store.open(str(path)) as store:
        report = ingest(read_sources([str(CORPUS)]), store)
    assert report.new == 20 and report.failed == 0
    return path


@pytest.fixture
def dask_cli_cluster(tmp_path):
    """A real scheduler and two workers started with the dask command-line tools on
    127.0.0.1 (free ports) by scripts/dask-cluster.sh; always stopped afterwards."""
    state = tmp_path / "dask-cluster"
    try:
        started = subprocess.run(
            ["bash", str(CLUSTER_SCRIPT), "start", str(state)],
            capture_output=True, text=True, timeout=180, check=True,
        )  # fmt: skip
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(CLUSTER_SCRIPT), "stop", str(state)], timeout=60, check=False)


@pytest.fixture
def local_client():
    """A client of a LocalCluster: 2 worker processes with 1 thread each (the machine's cores)."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def corpus() -> Path:
    """20 English Wikinews articles (CC BY 2.5, see tests/data/ATTRIBUTION.md)."""
    return CORPUS


@pytest.fixture
def corpus_records() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def make_warc():
    """Build a WARC (one gzip member per record by default) from corpus records."""
    return _write_warc


def _write_warc(path: Path, records: list[dict], *, gzip: bool = True) -> Path:
    """A WARC of one HTML response per record (title and paragraphs of the article)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for record in records:
            paragraphs = "".join(f"<p>{p}</p>" for p in record["text"].split("\n\n"))
            html = (
                f"<html><head><title>{record['title']}</title></head><body><article>"
                f"<h1>{record['title']}</h1>{paragraphs}</article></body></html>"
            ).encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    record["url"], "response", payload=io.BytesIO(html), http_headers=headers
                )
            )
    return path
