"""The statement index's per-article rows, written the same way by every engine.

``Statements.update_article`` (one article at a time, as ingest saves it) and the distributed
engine's ``write_index`` (everything at once, from the shards) both fill ``statement_articles``,
``statement_appearances`` and ``speaker_identities`` through these functions, so the row
layout has one definition and the two engines' stores stay equal.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotewire.read.outlets import reported_around
from quotewire.speakers.identity import group_key
from quotewire.statements.collection import is_statement
from quotewire.statements.form_speaker import quote_form
from quotewire.statements.normalise import NormalForm
from quotewire.statements.provenance import outlet_of
from quotewire.store.codec import content_hash, quote_ids
from quotewire.store.dialect import Dialect
from quotewire.types import Article

PENDING = "pending:"
"""Prefix of the provisional entity id of a speaker whose surname group is not resolved yet."""


def insert_article(db: Dialect, article_id: str, seq: int, article: Article) -> None:
    """The article's ``statement_articles`` row: its place in ingest order, its outlet key and
    the hash that tells a changed article (the body sketch is kept in its own tables)."""
    insert_article_row(db, article_id, seq, *statement_article_values(article_id, article))


def statement_article_values(article_id: str, article: Article) -> tuple[str, str]:
    """``(outlet key, content hash)`` of the article's ``statement_articles`` row."""
    return outlet_of(article.outlet, article.url, article_id), content_hash(article.text)


def insert_article_row(
    db: Dialect, article_id: str, seq: int, outlet_key: str, digest: str
) -> None:
    """``insert_article`` from values computed beforehand (``statement_article_values``)."""
    db.execute(
        "INSERT INTO statement_articles (article_id, seq, outlet_key, content_hash, "
        "signature, shingles) VALUES (?, ?, ?, ?, NULL, 0)",
        (article_id, seq, outlet_key, digest),
    )


def statement_forms(
    article_id: str, article: Article
) -> tuple[list[tuple[str, NormalForm]], list[str | None]]:
    """``(quote id, normal form with its speaker)`` of each of the article's quotes that is a
    statement, and for each the outlet the article credits in the quote's own sentence
    ("..., Reuters reported"; ``read.outlets.reported_around``), else ``None``."""
    ids = quote_ids(article_id, article.quotes)
    quotes = [(qid, q) for qid, q in zip(ids, article.quotes, strict=True) if is_statement(q)]
    forms = [(qid, quote_form(quote)) for qid, quote in quotes]
    credits = [reported_around(article.text, quote.start, quote.end) for _, quote in quotes]
    return forms, credits


def insert_appearances(
    db: Dialect,
    article_id: str,
    appearances: Sequence[tuple[str, str]],
    credits: Sequence[str | None] | None = None,
) -> None:
    """One ``statement_appearances`` row per ``(quote id, form key)``, with the outlet the
    article credits for the quote (``statement_forms``)."""
    credited = credits if credits is not None else [None] * len(appearances)
    db.executemany(
        "INSERT INTO statement_appearances (quote_id, article_id, form_key, reported_by) "
        "VALUES (?, ?, ?, ?)",
        [
            (qid, article_id, form_key, credit)
            for (qid, form_key), credit in zip(appearances, credited, strict=True)
        ],
    )


def insert_speaker_identities(db: Dialect, article_id: str, article: Article) -> set[str]:
    """The article's speakers as unresolved ``speaker_identities`` rows; returns their surname
    groups (the ones to resolve)."""
    return insert_speaker_identity_rows(db, speaker_identity_rows(article_id, article))


def speaker_identity_rows(article_id: str, article: Article) -> list[tuple[str, ...]]:
    """The article's unresolved ``speaker_identities`` rows ``(article id, speaker id, surname
    group, entity id, entity name)``. Until resolved, each row stands for an entity of its own
    written name (``pending:`` + the folded name), so listings made meanwhile count it apart
    rather than lumped with every other unresolved speaker."""
    return [
        (article_id, s.id, group_key(s.name, s.kind), PENDING + s.name.casefold(), s.name)
        for s in article.speakers
    ]


def insert_speaker_identity_rows(db: Dialect, rows: Sequence[tuple[str, ...]]) -> set[str]:
    """Insert rows made by ``speaker_identity_rows``; returns their surname groups."""
    db.executemany(
        "INSERT INTO speaker_identities (article_id, speaker_id, group_key, entity_id, "
        "entity_name) VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    return {row[2] for row in rows}
