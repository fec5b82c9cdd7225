"""The local HTTP server's routes and handle, shared by the reader tests that fetch URLs."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Route:
    """What the test server answers on one path."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class LocalServer:
    """An HTTP server on 127.0.0.1 whose routes a test sets; it records the requests."""

    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[dict[str, str]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path
