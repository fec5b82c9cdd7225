"""``Statements``: statements, provenance and speaker entities over a ``Store``.

>>> with Store.open("quotewire.db") as store:
...     service = Statements(store)
...     service.catch_up()                       # index what ingest stored
...     for statement in service.list("exclusive economic zone", min_outlets=2):
...         print(statement.first_seen.outlet, statement.text)

``update_article`` is what ingest calls after each saved article; ``catch_up`` indexes every
stored article that is not indexed yet (or changed), e.g. after a distributed load.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple

from quotewire.errors import NotFoundError, StoreError
from quotewire.speakers.identity import SpeakerEntity
from quotewire.statements import speaker_registry
from quotewire.statements.cluster import StatementIndex
from quotewire.statements.form_speaker import rekeyed, speaker_key_aliases
from quotewire.statements.normalise import NormalForm
from quotewire.statements.provenance import Appearance, Statement, build_statement
from quotewire.statements.rows import (
    insert_appearances,
    insert_article_row,
    speaker_identity_rows,
    statement_article_values,
    statement_forms,
)
from quotewire.statements.sketch import index_keys
from quotewire.statements.storage import SqlFormBackend, SqlSyndicationBackend
from quotewire.statements.syndication import (
    BodySketch,
    SyndicationLink,
    sketch_bodies,
    update_syndication,
)
from quotewire.store import Store
from quotewire.store.codec import content_hash, store_id
from quotewire.store.dialect import placeholders
from quotewire.store.queries import Filters
from quotewire.types import Article

MIN_ID_PREFIX = 6
_APPEARANCE_SQL = (
    "SELECT sa.quote_id, sa.article_id, sa.form_key, f.statement_id, q.text, q.kind, q.speaker, "
    "s.outlet_key AS outlet, a.published, a.url, s.seq, si.entity_name, sa.reported_by "
    "FROM statement_appearances sa "
    "JOIN statement_forms f ON f.form_key = sa.form_key "
    "JOIN quotes q ON q.id = sa.quote_id "
    "JOIN articles a ON a.id = sa.article_id "
    "JOIN statement_articles s ON s.article_id = sa.article_id "
    "LEFT JOIN speaker_identities si "
    "ON si.article_id = q.article_id AND si.speaker_id = q.speaker_id "
)


class PreparedArticle(NamedTuple):
    """Everything indexing an article needs, computed from the article alone, without the
    database: its ``statement_articles`` values, its statement forms (with quote ids and form
    keys), their index keys, its body sketch and its speaker identity rows. Ingest prepares
    articles in its extraction workers and sends only this and the article's rows to the one
    writing process, never the ``Article`` itself (a named tuple of plain values unpickles
    several times faster than the article's dataclasses)."""

    article_id: str
    name: str  # how errors name the article: its source's id, else its store id
    content_hash: str
    outlet_key: str
    forms: list[tuple[str, NormalForm]]
    credits: list[str | None]  # per form: the outlet credited in the quote's sentence
    form_keys: list[str]
    index_keys: list[list[int]]
    sketch: BodySketch | None
    speakers: list[tuple[str, ...]]


def prepare_article(article: Article) -> PreparedArticle:
    """Everything ``Statements.update_articles`` can compute before touching the database."""
    return prepare_articles([article])[0]


def prepare_articles(articles: Sequence[Article]) -> list[PreparedArticle]:
    """``prepare_article`` of each article, with the index keys of all their forms and all
    their body sketches computed in one pass each: both are array code whose set-up costs more
    than an article's few forms, so ingest's workers prepare a whole batch at once."""
    ids = [store_id(article) for article in articles]
    kept = [statement_forms(i, article) for i, article in zip(ids, articles, strict=True)]
    keys = iter(index_keys([form for forms, _ in kept for _, form in forms]))
    sketches = sketch_bodies(articles)
    prepared = []
    for article_id, article, (forms, credits), sketch in zip(
        ids, articles, kept, sketches, strict=True
    ):
        outlet_key, digest = statement_article_values(article_id, article)
        prepared.append(
            PreparedArticle(
                article_id,
                str(article.id or article_id),
                digest,
                outlet_key,
                forms,
                credits,
                [form.key for _, form in forms],
                list(itertools.islice(keys, len(forms))),
                sketch,
                speaker_identity_rows(article_id, article),
            )
        )
    return prepared


class _ToIndex(NamedTuple):
    """An article to index: what tells whether it is indexed already, and how to prepare it
    (only done when it is not)."""

    name: str
    article_id: str
    content_hash: str
    prepare: Callable[[], PreparedArticle]


def _to_index(article: Article) -> _ToIndex:
    article_id = store_id(article)
    name = str(article.id or article_id)
    return _ToIndex(name, article_id, content_hash(article.text), lambda: prepare_article(article))


class Statements:
    """Statements across articles, backed by the store's tables (migration 0010)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.dialect

    # -- writing -------------------------------------------------------------------------

    def update_article(self, article: Article) -> None:
        """Index one saved article: its quotes, its body, its speakers. Idempotent."""
        self.update_articles([article])

    def update_articles(self, articles: Sequence[Article], *, resolve: bool = True) -> None:
        """Index saved articles in the order given, in one transaction. Idempotent.

        The result is the same as indexing them one by one, but much cheaper: forms read for
        one article are reused by the next, and every speaker group the articles touch is
        resolved once (resolving re-reads all of a group's records, which grows with the store).
        ``resolve=False`` only marks the speaker groups for ``resolve_speakers`` later (ingest
        resolves once for many batches); ``index_prepared`` does the same from articles
        prepared elsewhere (``prepare_article``).
        """
        self._update([_to_index(a) for a in articles], resolve)

    def index_prepared(self, prepared: Sequence[PreparedArticle], *, resolve: bool = True) -> None:
        """``update_articles`` from prepared articles alone (ingest's writer has no
        ``Article``: its workers send the prepared article and the rows)."""
        self._update(
            [_ToIndex(p.name, p.article_id, p.content_hash, lambda p=p: p) for p in prepared],
            resolve,
        )

    def _update(self, items: Sequence[_ToIndex], resolve: bool) -> None:
        if not items:
            return
        forms = SqlFormBackend(self.db, batched=True)
        aliases = self._speaker_aliases()
        groups: set[str] = set()
        names = ", ".join(item.name for item in items[:3])
        more = f" and {len(items) - 3} more" if len(items) > 3 else ""
        with self._writing(f"indexing statements of article {names}{more}"):
            seqs = self._free_seqs()
            for item in items:
                groups |= self._index_article(item, forms, seqs, aliases)
            if groups and resolve:
                speaker_registry.resolve_groups(self.db, groups)
            elif groups:
                speaker_registry.defer_groups(self.db, groups)

    def resolve_speakers(self) -> int:
        """Resolve the speaker groups left pending by ``update_articles(resolve=False)`` (also
        by a run killed before it resolved them); returns how many groups there were."""
        with self._writing("resolving speaker identities"):
            return speaker_registry.resolve_pending(self.db)

    def _index_article(
        self, item: _ToIndex, forms: SqlFormBackend, seqs: Iterator[int], aliases: dict[str, str]
    ) -> set[str]:
        """Index one article's quotes and body; returns the speaker groups left to resolve."""
        article_id = item.article_id
        seen = self.db.fetch(
            "SELECT seq, content_hash FROM statement_articles WHERE article_id = ?",
            (article_id,),
        )
        if seen and seen[0]["content_hash"] == item.content_hash:
            return set()
        earlier: list[str] = []
        if seen:
            seq = int(seen[0]["seq"])
            earlier = self._form_keys_of(article_id)
            self._forget(article_id)
        else:
            seq = next(seqs)
        ready = item.prepare()
        insert_article_row(self.db, article_id, seq, ready.outlet_key, ready.content_hash)
        self._index_quotes(article_id, ready, forms, aliases)
        # The article's earlier forms that no quote uses now (its words changed, or a rule
        # re-keyed its speaker) leave the index, in this transaction.
        forms.remove_forms(self._without_appearances(earlier))
        update_syndication(SqlSyndicationBackend(self.db), article_id, ready.sketch)
        return speaker_registry.register_speaker_rows(self.db, article_id, ready.speakers)

    def catch_up(self, *, batch_size: int = 100) -> int:
        """Index every stored article not indexed yet, or changed since; returns how many.
        Speaker groups left pending (``resolve_speakers``) are resolved too.

        Articles are indexed ``batch_size`` at a time, one transaction each, in the order
        they were stored.
        """
        rows = self.store.dialect.fetch(
            "SELECT a.id FROM articles a LEFT JOIN statement_articles s ON s.article_id = a.id "
            "WHERE s.article_id IS NULL OR s.content_hash <> a.content_hash "
            "ORDER BY a.ingested_at, a.id"
        )
        ids = [row["id"] for row in rows]
        for start in range(0, len(ids), batch_size):
            self.update_articles([self.store.article(i) for i in ids[start : start + batch_size]])
        self.resolve_speakers()
        return len(ids)

    def merge_speakers(self, left: str, right: str) -> list[SpeakerEntity]:
        """Make the people named ``left`` and ``right`` one entity, now and after re-ingest;
        their statements too (``_rekey_statements``)."""
        with self._writing(f"merging speakers {left!r} and {right!r}"):
            before = self._speaker_aliases()
            entities = speaker_registry.add_rule(self.db, "merge", left, right)
            self._rekey_statements(before)
            return entities

    def split_speaker(self, entity: str, variant: str) -> list[SpeakerEntity]:
        """Take the records written ``variant`` out of ``entity`` (a name or entity id)."""
        with self._writing(f"splitting {variant!r} from {entity!r}"):
            before = self._speaker_aliases()
            entities = speaker_registry.add_rule(self.db, "split", entity, variant)
            self._rekey_statements(before)
            return entities

    def _speaker_aliases(self) -> dict[str, str]:
        """The speaker keys the stored rules merge into others (``speaker_key_aliases``)."""
        return speaker_key_aliases(speaker_registry.rules(self.db))

    def _rekey_statements(self, before: dict[str, str]) -> None:
        """Re-index the articles quoting a speaker whose form key a new rule changed.

        A form's speaker key comes from the article (the folded surname), and the writer maps
        it through the rules' aliases, so a rule that ties Lukashenka to Lukashenko changes
        the key of every form said by a Lukashenka. Those articles are marked changed (as
        migration 0013 marks every article) and indexed again at once: the re-indexed
        appearances move to the new keys, and forms that no quote uses any more leave the index
        (``SqlFormBackend.remove_forms``)."""
        after = self._speaker_aliases()
        changed = sorted(
            key for key in {*before, *after} if before.get(key, key) != after.get(key, key)
        )
        if not changed:
            return
        rows = self.db.fetch_in(
            "SELECT DISTINCT article_id FROM speaker_identities WHERE group_key", changed
        )
        ids = sorted(r["article_id"] for r in rows)
        self.db.execute_in("UPDATE statement_articles SET content_hash = '' WHERE article_id", ids)
        self.catch_up()

    def _free_seqs(self) -> Iterator[int]:
        """The free ``seq`` numbers in order, read from the table once, when first needed
        (inside the writing transaction, so no other writer takes them meanwhile)."""
        row = self.db.fetch("SELECT COALESCE(MAX(seq), 0) AS n FROM statement_articles")[0]
        yield from itertools.count(int(row["n"]) + 1)

    def _form_keys_of(self, article_id: str) -> list[str]:
        """The forms of the article's indexed quotes."""
        rows = self.db.fetch(
            "SELECT DISTINCT form_key FROM statement_appearances WHERE article_id = ?",
            (article_id,),
        )
        return sorted(r["form_key"] for r in rows)

    def _without_appearances(self, form_keys: Sequence[str]) -> list[str]:
        """Those of the forms that no stored quote uses."""
        used = self.db.fetch_in(
            "SELECT DISTINCT form_key FROM statement_appearances WHERE form_key", form_keys
        )
        return sorted(set(form_keys).difference(r["form_key"] for r in used))

    def _forget(self, article_id: str) -> None:
        """Drop what an earlier version of the article left (its forms stay while other
        articles' quotes use them; ``_index_article`` removes those left unused)."""
        for table, column in (
            ("statement_appearances", "article_id"),
            ("article_sketch_keys", "article_id"),
            ("article_duplicates", "left_article"),
            ("article_duplicates", "right_article"),
            ("syndication_links", "article_id"),
            ("statement_articles", "article_id"),
        ):
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (article_id,))

    def _index_quotes(
        self,
        article_id: str,
        ready: PreparedArticle,
        forms: SqlFormBackend,
        aliases: dict[str, str],
    ) -> None:
        # The user's merge rules give a form by a merged spelling its merged key.
        kept, form_keys = rekeyed([form for _, form in ready.forms], ready.form_keys, aliases)
        keys = StatementIndex(forms).add(kept, ready.index_keys, form_keys)
        forms.flush()  # the appearances refer to the forms
        appearances = [(qid, key) for (qid, _), key in zip(ready.forms, keys, strict=True)]
        insert_appearances(self.db, article_id, appearances, ready.credits)

    @contextmanager
    def _writing(self, doing: str) -> Iterator[None]:
        try:
            with self.db.transaction():
                yield
        except self.db.errors as error:
            raise StoreError(f"{doing} failed: {error}") from error

    # -- reading -------------------------------------------------------------------------

    def list(
        self,
        query: str | None = None,
        *,
        speaker: str | None = None,
        min_outlets: int = 1,
        limit: int = 20,
        offset: int = 0,
    ) -> list[Statement]:
        """Statements printed by at least ``min_outlets`` outlets, most outlets first.

        ``query`` is a full-text search over the quotes (as ``quotewire search``); ``speaker``
        matches part of a quote's speaker name or of its speaker entity's name, or is a
        person's id.
        """
        where: list[str] = []
        params: list[Any] = []
        if query:
            match = self.db.text_match(query)
            where.append(
                "f.statement_id IN (SELECT f2.statement_id FROM quotes q "
                f"{match.joins} JOIN statement_appearances sa2 ON sa2.quote_id = q.id "
                f"JOIN statement_forms f2 ON f2.form_key = sa2.form_key WHERE {match.where})"
            )
            params += [*match.join_params, *match.where_params]
        if speaker:
            # The search's own speaker condition: part of a name (wildcards literal), or a
            # person's id for that person alone.
            speaker_where, speaker_params = Filters(speaker=speaker).sql(self.db)
            where.append(
                "f.statement_id IN (SELECT f3.statement_id FROM statement_appearances sa3 "
                "JOIN statement_forms f3 ON f3.form_key = sa3.form_key "
                f"JOIN quotes q ON q.id = sa3.quote_id WHERE {' AND '.join(speaker_where)})"
            )
            params += speaker_params
        rows = self.db.fetch(
            "SELECT f.statement_id, COUNT(*) AS appearances, "
            "COUNT(DISTINCT s.outlet_key) AS outlets "
            "FROM statement_appearances sa "
            "JOIN statement_forms f ON f.form_key = sa.form_key "
            "JOIN statement_articles s ON s.article_id = sa.article_id "
            + (f"WHERE {' AND '.join(where)} " if where else "")
            + "GROUP BY f.statement_id HAVING COUNT(DISTINCT s.outlet_key) >= ? "
            "ORDER BY outlets DESC, appearances DESC, f.statement_id LIMIT ? OFFSET ?",
            (*params, min_outlets, limit, offset),
        )
        return [self.get(r["statement_id"]) for r in rows]

    def get(self, statement_id: str) -> Statement:
        """One statement with every appearance; a unique id prefix of 6+ characters will do."""
        full_id = self._resolve_id(statement_id)
        rows = self.db.fetch(_APPEARANCE_SQL + "WHERE f.statement_id = ?", (full_id,))
        appearances = [
            Appearance(
                article_id=r["article_id"],
                quote_id=r["quote_id"],
                text=r["text"],
                form_key=r["form_key"],
                kind=r["kind"],
                seq=int(r["seq"]),
                outlet=r["outlet"],
                published=r["published"],
                url=r["url"],
                speaker=r["speaker"],
                speaker_entity=r["entity_name"],
                reported_by=r["reported_by"],
            )
            for r in rows
        ]
        if not appearances:
            raise NotFoundError(f"statement {statement_id!r} has no stored appearance")
        return build_statement(
            full_id, appearances, self._links({a.article_id for a in appearances})
        )

    def provenance(self, statement_id: str) -> dict[str, Any]:
        """The statement's timeline: every appearance in order, originals and republications,
        the syndication evidence of each article and how the statement's forms were joined."""
        statement = self.get(statement_id)
        links = self._links({a.article_id for a in statement.appearances})
        forms = sorted({a.form_key for a in statement.appearances})
        marks = placeholders(len(forms))
        edges = self.db.fetch(
            "SELECT left_form, right_form, same, reason FROM statement_edges "
            f"WHERE left_form IN ({marks}) AND right_form IN ({marks})",
            (*forms, *forms),
        )
        data = statement.to_dict()
        data["syndication"] = [links[a].to_dict() for a in sorted(links)]
        data["evidence"] = [
            {
                "left": e["left_form"],
                "right": e["right_form"],
                "same": bool(e["same"]),
                "reason": e["reason"],
            }
            for e in edges
        ]
        return data

    def speakers(
        self,
        name: str | None = None,
        *,
        top: int = 20,
        offset: int = 0,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
    ) -> list[dict[str, Any]]:
        """Person entities (one per real person, across articles and spellings) by how often
        they are quoted, with name variants, dated roles, evidence and quote / article /
        outlet counts. Use this rather than ``Store.speakers``, which ranks names as written
        and is only the fallback for a store without a statement index. Call ``catch_up``
        first so that every stored article is counted."""
        return speaker_registry.ranked_entities(
            self.db, name, top=top, offset=offset, since=since, until=until, outlet=outlet
        )

    def _links(self, article_ids: set[str]) -> dict[str, SyndicationLink]:
        ids = sorted(article_ids)
        if not ids:
            return {}
        rows = self.db.fetch(
            f"SELECT * FROM syndication_links WHERE article_id IN ({placeholders(len(ids))})",
            tuple(ids),
        )
        return {
            r["article_id"]: SyndicationLink(
                r["article_id"], r["original_id"], r["original_outlet"], r["method"], r["evidence"]
            )
            for r in rows
        }

    def _resolve_id(self, statement_id: str) -> str:
        rows = self.db.fetch(
            "SELECT 1 AS found FROM statement_forms WHERE statement_id = ? LIMIT 1", (statement_id,)
        )
        if rows:
            return statement_id
        if len(statement_id) >= MIN_ID_PREFIX:
            rows = self.db.fetch(
                "SELECT DISTINCT statement_id FROM statement_forms "
                "WHERE statement_id LIKE ? LIMIT 2",
                (statement_id + "%",),
            )
            if len(rows) == 1:
                return str(rows[0]["statement_id"])
        raise NotFoundError(f"no statement with id {statement_id!r}")
