"""Writing what the distributed steps found into the store's statement and speaker tables.

On one machine ``statements.service.Statements.update_article`` indexes each saved article as
it comes. After a distributed load into a store whose statement index is still empty, the same
rows are written in one transaction from the shards and the cluster's results: every article
in input order (``seq``, as single-machine ingest numbers them), its quotes' forms and
appearances, its syndication links and speaker rows; then the verified edges, the groups and
statements from the shuffle, and the speaker entities resolved per surname group. The rows are
written by the functions ``update_article`` uses (``statements.rows``,
``speaker_registry.write_entities``) and the backends of ``statements.storage``, so the
layout has one definition. The user's ``speakers merge`` rules re-key forms here as they do
there (``form_speaker.aliased``; the clustering's map step re-keys them the same way), so a
store built with rules in place is the same from either engine.

A store that already holds an index is brought up to date the single-machine way
(``Statements.catch_up``): new forms must be compared with the stored ones, which live in the
database, not in the shards.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from quotewire.distributed.shards import read_articles
from quotewire.distributed.statements import StatementClusters
from quotewire.speakers.identity import SpeakerEntity
from quotewire.statements.form_speaker import Aliases, aliased
from quotewire.statements.rows import (
    insert_appearances,
    insert_article,
    insert_speaker_identities,
    statement_forms,
)
from quotewire.statements.sketch import index_keys
from quotewire.statements.speaker_registry import write_entities
from quotewire.statements.storage import SqlFormBackend, SqlSyndicationBackend
from quotewire.statements.syndication import sketch_bodies, update_syndication
from quotewire.store import Store
from quotewire.store.codec import store_id
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
    aliases: Aliases,
) -> int:
    """Fill the empty statement index in one transaction; returns the articles indexed.
    ``aliases`` are the ones ``clusters`` was computed with (``cluster_statements``)."""
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
                insert_article(db, article_id, seq, article)
                _index_quotes(db, forms, written, article_id, article, aliases)
                update_syndication(syndication, article_id, sketch)
                insert_speaker_identities(db, article_id, article)
        forms.add_edges(clusters.edges)
        groups: dict[str, list[str]] = {}
        for form_key, group in clusters.group_of.items():
            groups.setdefault(group, []).append(form_key)
        for members in groups.values():
            forms.join_groups(sorted(members))
        forms.set_statements(clusters.statement_of)
        write_entities(db, entities)
    return seq


def _index_quotes(
    db: Dialect,
    forms: SqlFormBackend,
    written: set[str],
    article_id: str,
    article: Article,
    aliases: Aliases,
) -> None:
    """The article's forms, re-keyed by the user's merge rules (new ones with their index
    keys; the shuffle found their edges) and one appearance per quote."""
    found, credits = statement_forms(article_id, article)
    kept = [(quote_id, aliased(form, aliases)) for quote_id, form in found]
    new = {form.key: form for _, form in kept if form.key not in written}
    for (form_key, form), keys in zip(new.items(), index_keys(list(new.values())), strict=True):
        forms.add_form(form_key, form, keys)
        written.add(form_key)
    insert_appearances(
        db,
        article_id,
        [(qid, form.key) for qid, form in kept],
        credits,
    )
