"""Shared fixtures of the reader tests: the fixture folder and a local HTTP server."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from read_http_server import LocalServer

from quotewire.errors import InputError
from quotewire.options import Settings
from quotewire.types import Document

INPUTS = Path(__file__).parent.parent / "data" / "inputs"


@pytest.fixture
def inputs() -> Path:
    return INPUTS


@pytest.fixture
def settings() -> Settings:
    return Settings(fetch_timeout=5.0)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    state = LocalServer(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append({"path": self.path, **dict(self.headers.items())})
            route = state.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests assert on ``state.requests`` instead."""

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


Items = list[Document | InputError]


@pytest.fixture
def split() -> Callable[[Iterable[Document | InputError]], tuple[list[Document], list[InputError]]]:
    """Separate what ``read_sources`` yielded into documents and errors (order kept)."""

    def split_items(
        items: Iterable[Document | InputError],
    ) -> tuple[list[Document], list[InputError]]:
        found: Items = list(items)
        docs = [item for item in found if isinstance(item, Document)]
        errors = [item for item in found if isinstance(item, InputError)]
        return docs, errors

    return split_items
