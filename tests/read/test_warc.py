"""WARC and WARC.gz: HTML responses become articles; a cut-off archive keeps what was read."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotewire.options import Settings
from quotewire.read.ids import document_id
from quotewire.read.sources import read_sources


def page(record: dict) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in record["text"].split("\n\n"))
    return (
        f"<html><head><title>{record['title']}</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>{record['title']}</h1>{paragraphs}</article></body></html>"
    )


def corpus_pages(inputs: Path) -> list[tuple[str, bytes]]:
    """The fixture page, and the text records of the JSONL fixture as pages at their URLs."""
    pages = [("https://en.wikinews.org/wiki/?curid=4865", (inputs / "article.html").read_bytes())]
    for line in (inputs / "wikinews-sample.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "text" in record and record["id"] != "enwn-4865":
            pages.append((record["url"], page(record).encode("utf-8")))
    return pages


def build_warc(pages: list[tuple[str, bytes]], *, compress: bool) -> bytes:
    """A WARC like a crawler writes: warcinfo, then request/response pairs, plus noise."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "pytest"}))
    for url, body in pages:
        request = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "en.wikinews.org")], is_http_request=True
        )
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], "HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://en.wikinews.org/logo.png", "response",
            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(200)), http_headers=image,
        )
    )  # fmt: skip
    missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], "HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://en.wikinews.org/missing", "response",
            payload=io.BytesIO(b"<html><body><p>Not found</p></body></html>"), http_headers=missing,
        )
    )  # fmt: skip
    return buffer.getvalue()


@pytest.mark.parametrize("compress", [True, False])
def test_html_responses_become_documents(
    tmp_path: Path, inputs: Path, settings: Settings, split, compress: bool
) -> None:
    pages = corpus_pages(inputs)
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(build_warc(pages, compress=compress))
    docs, errors = split(read_sources([str(path)], settings))
    assert errors == []
    assert [d.url for d in docs] == [url for url, _ in pages]
    assert [d.id for d in docs] == [document_id(url=url) for url, _ in pages]
    # warcinfo is record 1, then a request and a response per page
    assert [d.origin for d in docs] == [f"{path}#{2 * n + 3}" for n in range(len(pages))]
    assert docs[0].title == "North Korea has no further interest in negotiations with United States"
    assert docs[1].text.startswith("GAZA - The Israeli Army")
    assert "Home" not in docs[1].text


def test_a_truncated_warc_gz_keeps_the_records_before(
    tmp_path: Path, inputs: Path, settings: Settings, split
) -> None:
    data = build_warc(corpus_pages(inputs), compress=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) * 3 // 5])
    docs, errors = split(read_sources([str(path)], settings))
    assert 1 <= len(docs) < 3
    (error,) = errors
    assert str(error).startswith(f"{path}#")
    assert "truncated" in str(error)


def test_a_truncated_plain_warc_names_the_record(
    tmp_path: Path, inputs: Path, settings: Settings, split
) -> None:
    data = build_warc(corpus_pages(inputs)[:2], compress=False)
    cut = data.index(b"GAZA - The Israeli Army") + 10
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:cut])
    docs, errors = split(read_sources([str(path)], settings))
    assert len(docs) == 1
    (error,) = errors
    assert str(error).startswith(f"{path}#5: record at offset ")
    assert str(error).endswith("is truncated; the WARC ends there")


def test_a_file_that_is_not_a_warc(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a web archive\n" * 10))
    (error,) = read_sources([str(path)], settings)
    assert str(error) == f"{path}: not a WARC file (no 'WARC/' version line at the start)"


def test_a_legacy_charset_from_the_http_header(tmp_path: Path, settings: Settings) -> None:
    body = (
        "<html><body><article><p>Le président a déclaré « non » à Genève, où il était arrivé "
        "la veille pour des entretiens.</p></article></body></html>"
    ).encode("latin-1")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=ISO-8859-1")], "HTTP/1.1"
    )
    writer.write_record(
        writer.create_warc_record(
            "https://fr.example/a", "response", payload=io.BytesIO(body), http_headers=headers
        )
    )
    path = tmp_path / "fr.warc.gz"
    path.write_bytes(buffer.getvalue())
    (doc,) = read_sources([str(path)], settings)
    assert "Le président a déclaré « non » à Genève" in doc.text
    assert doc.extra["encoding"] == "iso-8859-1 (declared)"
