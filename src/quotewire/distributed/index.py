"""Writing what the distributed steps found into the store's statement and speaker tables.

On one machine ``statements.service.Statements.update_article`` indexes each saved article as
it comes. After a distributed load into a store whose statement index is still empty, the same
rows are written in one transaction from the shards and the cluster's results (this module
follows ``update_article``; the equality tests catch any drift): every article in input order
(``seq``, as single-machine ingest numbers them), its quotes' forms and appearances, its
syndication links and speaker rows; then the verified edges, the groups and statements from
the shuffle, and the speaker entities resolved per surname group. The table layout and the
backends are the statements engineer's (``statements.storage``).

A store that already holds an index is brought up to date the single-machine way
(``Statements.catch_up``): new forms must be compared with the stored ones, which live in the
database, not in the shards.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import groupby

from quotewire.distributed.shards import read_articles
from quotewire.distributed.statements import StatementClusters
from quotewire.speakers.identity import SpeakerEntity, group_key
from quotewire.statements.collection import is_statement
from quotewire.statements.normalise import normalise
from quotewire.statements.provenance import outlet_of
from quotewire.statements.sketch import index_keys
from quotewire.statements.storage import SqlFormBackend, SqlSyndicationBackend
from quotewire.statements.syndication import sketch_bodies, update_syndication
from quotewire.store import Store
from quotewire.store.codec import content_hash, quote_ids, store_id
from quotewire.store.dialect import Dialect
from quotewire.types import Article


def index_is_empty(store: Store) -> bool:
    """Whether no article has been indexed for statements yet."""
    rows = store.dialect.fetch("SELECT COUNT(*) AS n FROM statement_articles")
    return int(rows[0]["n"]) == 0


def write_index(
    store: Store,
    shard_dir: str,
    included: Sequence[tuple[str, int]],
    clusters: StatementClusters,
    entities: Sequence[SpeakerEntity],
) -> int:
    """Fill the empty statement index in one transaction; returns the articles indexed."""
    db = store.dialect
    forms = SqlFormBackend(db)
    syndication = SqlSyndicationBackend(db)
    written: set[str] = set()
    seq = 0
    with db.transaction():
        for key, entries in groupby(included, key=lambda item: item[0]):
            wanted = {position for _, position in entries}
            articles = [a for p, (_, a) in enumerate(read_articles(shard_dir, key)) if p in wanted]
            for article, sketch in zip(articles, sketch_bodies(articles), strict=True):
                seq += 1
                article_id = store_id(article)
                db.execute(
                    "INSERT INTO statement_articles (article_id, seq, outlet_key, content_hash, "
                    "signature, shingles) VALUES (?, ?, ?, ?, NULL, 0)",
                    (
                        article_id, seq, outlet_of(article.outlet, article.url, article_id),
                        content_hash(article.text),
                    ),
                )  # fmt: skip
                _index_quotes(db, forms, written, article_id, article)
                update_syndication(syndication, article_id, sketch)
                _speaker_rows(db, article_id, article)
        forms.add_edges(clusters.edges)
        groups: dict[str, list[str]] = {}
        for form_key, group in clusters.group_of.items():
            groups.setdefault(group, []).append(form_key)
        for members in groups.values():
            forms.join_groups(sorted(members))
        forms.set_statements(clusters.statement_of)
        write_speaker_entities(db, entities)
    return seq


def _index_quotes(
    db: Dialect, forms: SqlFormBackend, written: set[str], article_id: str, article: Article
) -> None:
    """The article's forms (new ones with their index keys) and one appearance per quote."""
    ids = quote_ids(article_id, article.quotes)
    kept = [(qid, normalise(q.text)) for qid, q in zip(ids, article.quotes, strict=True)
            if is_statement(q)]  # fmt: skip
    new = {form.key: form for _, form in kept if form.key not in written}
    for (form_key, form), keys in zip(new.items(), index_keys(list(new.values())), strict=True):
        forms.add_form(form_key, form, keys)
        written.add(form_key)
    db.executemany(
        "INSERT INTO statement_appearances (quote_id, article_id, form_key) VALUES (?, ?, ?)",
        [(qid, article_id, form.key) for qid, form in kept],
    )


def _speaker_rows(db: Dialect, article_id: str, article: Article) -> None:
    db.executemany(
        "INSERT INTO speaker_identities (article_id, speaker_id, group_key, entity_id, "
        "entity_name) VALUES (?, ?, ?, ?, ?)",
        [(article_id, s.id, group_key(s.name, s.kind), "", s.name) for s in article.speakers],
    )


def write_speaker_entities(db: Dialect, entities: Sequence[SpeakerEntity]) -> None:
    """Store resolved entities and point their article speakers at them."""
    db.executemany(
        "INSERT INTO speaker_entities (entity_id, name, data) VALUES (?, ?, ?) "
        "ON CONFLICT (entity_id) DO UPDATE SET name = excluded.name, data = excluded.data",
        [(e.id, e.name, json.dumps(e.to_dict(), ensure_ascii=False)) for e in entities],
    )
    db.executemany(
        "UPDATE speaker_identities SET entity_id = ?, entity_name = ? "
        "WHERE article_id = ? AND speaker_id = ?",
        [(e.id, e.name, a, s) for e in entities for a, s in e.members],
    )
