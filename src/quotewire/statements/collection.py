"""Statements over articles held in memory: the whole algorithm without a database.

Used by the evaluation, the benchmarks and anyone with a list of ``Article`` objects; the
store-backed service (``statements.service``) runs the same steps over stored tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from quotewire.read.outlets import reported_around
from quotewire.statements.cluster import MemoryBackend, StatementIndex
from quotewire.statements.form_speaker import quote_form
from quotewire.statements.provenance import (
    MIN_STATEMENT_WORDS,
    Appearance,
    Statement,
    build_statement,
    outlet_of,
)
from quotewire.statements.syndication import (
    ArticleInfo,
    MemorySyndicationBackend,
    sketch_bodies,
    update_syndication,
)
from quotewire.store.codec import quote_ids
from quotewire.types import Article, Quote

SpeakerNamer = Callable[[Article, Quote], str | None]


def is_statement(quote: Quote) -> bool:
    """Quotes of fewer than three words ("it", "historic") are fragments, not statements that
    could be tracked across outlets."""
    return len(quote.text.split()) >= MIN_STATEMENT_WORDS


def appearances_of(article: Article, seq: int) -> list[tuple[Appearance, Quote]]:
    """One appearance per quote with words; the article must have an id.

    Quote ids are the store's (``store.codec.quote_ids``), unique across articles: an
    ``attribution_id`` ("a1") is only unique within its article and fragments share it."""
    if not article.id:
        raise ValueError("an article needs an id to take part in statements")
    found = []
    outlet = outlet_of(article.outlet, article.url, article.id)
    ids = quote_ids(article.id, article.quotes)
    for quote, quote_id in zip(article.quotes, ids, strict=True):
        if not is_statement(quote):
            continue
        appearance = Appearance(
            article_id=article.id,
            quote_id=quote_id,
            text=quote.text,
            form_key="",
            kind=quote.kind,
            seq=seq,
            outlet=outlet,
            published=article.published,
            url=article.url,
            speaker=quote.speaker,
            reported_by=reported_around(article.text, quote.start, quote.end),
        )
        found.append((appearance, quote))
    return found


class StatementCollection:
    """Add articles one by one or in batches; ask for statements at any time."""

    def __init__(self, speaker_namer: SpeakerNamer | None = None) -> None:
        self.forms = MemoryBackend()
        self.index = StatementIndex(self.forms)
        self.syndication = MemorySyndicationBackend()
        self.speaker_namer = speaker_namer
        self.appearances: dict[str, list[Appearance]] = {}
        self.seq = 0

    def add(self, articles: Iterable[Article]) -> None:
        """Ingest articles in the order given (the order only breaks ties of "first seen")."""
        batch = list(articles)
        for article, sketch in zip(batch, sketch_bodies(batch), strict=True):
            self.seq += 1
            found = appearances_of(article, self.seq)
            keys = self.index.add(quote_form(quote) for _, quote in found)
            for (appearance, quote), key in zip(found, keys, strict=True):
                appearance.form_key = key
                if self.speaker_namer is not None:
                    appearance.speaker_entity = self.speaker_namer(article, quote)
                self.appearances.setdefault(key, []).append(appearance)
            article_id = str(article.id)
            self.syndication.infos[article_id] = ArticleInfo(
                article_id,
                outlet_of(article.outlet, article.url, article_id),
                article.published,
                self.seq,
                tuple(article.syndicated_from),
            )
            update_syndication(self.syndication, article_id, sketch)

    def statements(self) -> list[Statement]:
        """Every statement, most independent outlets first, then earliest first seen."""
        result = [
            build_statement(sid, self._appearances(keys), self.syndication.links)
            for sid, keys in self.forms.statements().items()
        ]
        result.sort(
            key=lambda s: (-s.independent_outlets, -len(s.appearances), s.first_seen.order())
        )
        return result

    def _appearances(self, keys: Iterable[str]) -> list[Appearance]:
        return [a for key in keys for a in self.appearances.get(key, [])]
