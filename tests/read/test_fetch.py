"""URLs, fetched from a local HTTP server: the media type picks the reader; failures are
InputErrors naming the URL."""

from __future__ import annotations

import gzip
import json
import socket

from read_http_server import Route

from quotewire.options import Settings
from quotewire.read.fetch import is_url
from quotewire.read.ids import document_id
from quotewire.read.sources import read_sources

PAGE = (
    "<html><head><title>Bridge to reopen</title>"
    '<link rel="canonical" href="https://city.example/news/bridge"></head><body><article>'
    "<p>The mayor said on Monday that the bridge would reopen next week after repairs.</p>"
    "<p>“Traffic will flow again,” she told the city council.</p></article></body></html>"
)
TEXT = "Bridge to reopen\n\nThe mayor said on Monday that the bridge would reopen next week."


def test_an_html_page(server, settings: Settings, split) -> None:
    server.routes["/bridge"] = Route(PAGE.encode())
    docs, errors = split(read_sources([server.url("/bridge")], settings))
    assert errors == []
    (doc,) = docs
    assert doc.url == "https://city.example/news/bridge"  # canonical link
    assert doc.id == document_id(url=doc.url)
    assert doc.origin == server.url("/bridge")
    assert doc.text.split("\n\n")[1] == "“Traffic will flow again,” she told the city council."


def test_the_request_says_who_asks(server, settings: Settings) -> None:
    server.routes["/bridge"] = Route(PAGE.encode())
    list(read_sources([server.url("/bridge")], settings))
    assert server.requests[0]["User-Agent"] == settings.user_agent


def test_redirects_are_followed(server, settings: Settings) -> None:
    server.routes["/old"] = Route(status=301, headers={"Location": "/plain"})
    server.routes["/plain"] = Route(TEXT.encode(), "text/plain; charset=utf-8")
    (doc,) = read_sources([server.url("/old")], settings)
    assert doc.text == TEXT
    assert doc.url == server.url("/plain")
    assert doc.origin == server.url("/old")


def test_the_media_type_decides(server, settings: Settings) -> None:
    record = {"id": "j1", "text": "The minister said the talks were useful."}
    server.routes["/dump"] = Route((json.dumps(record) + "\n").encode(), "application/x-ndjson")
    server.routes["/page.txt"] = Route(PAGE.encode(), "text/html")
    (from_jsonl,) = read_sources([server.url("/dump")], settings)
    (from_html,) = read_sources([server.url("/page.txt")], settings)
    assert from_jsonl.id == "j1"
    assert from_html.title == "Bridge to reopen"


def test_a_generic_media_type_is_sniffed(server, settings: Settings) -> None:
    server.routes["/download"] = Route(PAGE.encode(), "application/octet-stream")
    (doc,) = read_sources([server.url("/download")], settings)
    assert doc.title == "Bridge to reopen"


def test_gzip_content_encoding(server, settings: Settings) -> None:
    server.routes["/z"] = Route(gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})
    (doc,) = read_sources([server.url("/z")], settings)
    assert doc.title == "Bridge to reopen"


def test_a_legacy_charset_from_the_header(server, settings: Settings) -> None:
    text = "Le président a déclaré « non » à Genève."
    server.routes["/fr"] = Route(text.encode("latin-1"), "text/plain; charset=ISO-8859-1")
    (doc,) = read_sources([server.url("/fr")], settings)
    assert doc.text == text
    assert doc.extra["encoding"] == "iso-8859-1 (declared)"


def test_http_errors(server, settings: Settings) -> None:
    server.routes["/boom"] = Route(b"oops", status=500)
    missing, broken = read_sources([server.url("/nothing"), server.url("/boom")], settings)
    assert str(missing) == f"{server.url('/nothing')}: HTTP 404 Not Found"
    assert str(broken).startswith(f"{server.url('/boom')}: HTTP 500")


def test_a_timeout(server) -> None:
    server.routes["/slow"] = Route(PAGE.encode(), delay=1.5)
    (error,) = read_sources([server.url("/slow")], Settings(fetch_timeout=0.3))
    assert str(error) in (
        f"{server.url('/slow')}: no answer within 0.3 s",
        f"{server.url('/slow')}: cannot fetch: timed out",
    )


def test_a_refused_connection(settings: Settings) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (error,) = read_sources([f"http://127.0.0.1:{port}/"], settings)
    assert str(error).startswith(f"http://127.0.0.1:{port}/: cannot fetch: ")


def test_unsupported_schemes(settings: Settings) -> None:
    (error,) = read_sources(["ftp://127.0.0.1/file.txt"], settings)
    assert (
        str(error)
        == "ftp://127.0.0.1/file.txt: unsupported URL scheme (only http and https are fetched)"
    )


def test_is_url() -> None:
    assert is_url("https://example.org/a")
    assert is_url("ftp://example.org/a")
    assert not is_url("C:/news/a.txt")
    assert not is_url("news/a.txt")
    assert not is_url("-")
