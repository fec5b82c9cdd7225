"""Fixtures of the distributed tests: the small real corpus and WARC files built with warcio."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent.parent / "data" / "distributed" / "wikinews-en-20.jsonl"


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
