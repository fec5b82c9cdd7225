"""What the store's read API returns: plain dataclasses with ``to_dict`` for JSON and CSV."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SaveStatus = Literal["new", "unchanged", "updated"]


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What ``Store.save_article`` did: stored a new article, changed nothing, or re-stored it."""

    status: SaveStatus
    article_id: str
    quotes: int


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """Enough about a stored article to decide, before extraction, whether to extract again."""

    article_id: str
    content_hash: str
    extractor_version: str | None


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """One quote with its article's metadata and the text around it, for showing in context.

    ``start``/``end`` are offsets into the article text; ``before``/``after`` are up to a few
    hundred characters of that text on either side, cut at a paragraph break.
    """

    quote_id: str
    article_id: str
    text: str
    kind: str
    speaker: str | None
    speaker_role: str | None
    cue: str | None
    confidence: float
    date: str | None
    occasion: str | None
    start: int
    end: int
    published: str | None
    title: str | None
    url: str | None
    outlet: str | None
    language: str | None
    before: str
    after: str
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """A speaker name across the store: how often quoted, in how many articles, roles, dates."""

    name: str
    quotes: int
    articles: int
    roles: list[str] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Counts and ranges for a status line or a dashboard."""

    backend: str
    articles: int
    quotes: int
    speakers: int
    outlets: int
    first_published: str | None
    last_published: str | None
    migrations: list[str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
