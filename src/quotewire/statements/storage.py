"""The clustering and syndication backends over the store's database (migration 0010).

Same protocols as the in-memory backends (``cluster.FormBackend``,
``syndication.SyndicationBackend``), so one algorithm serves both. The caller holds the
transaction; forms read during one update are cached, since verification reads each candidate,
and so are the index keys looked up ahead (``look_ahead``), so that a batch of forms costs one
lookup instead of one per form.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from quotewire.statements.cluster import Edge, regroup
from quotewire.statements.normalise import NormalForm
from quotewire.statements.sketch import index_keys
from quotewire.statements.syndication import ArticleInfo, BodySketch, SyndicationLink
from quotewire.statements.verify import Verdict
from quotewire.store.dialect import Dialect, in_chunks, placeholders

# One encoder for every form: ``json.dumps`` with any non-default option builds a new one per
# call, which costs more than encoding a form.
_ENCODE_JSON = json.JSONEncoder(ensure_ascii=False).encode


def form_to_json(form: NormalForm) -> str:
    data: dict[str, object] = {
        "tokens": form.tokens,
        "gaps": sorted(form.gaps),
        "names": sorted(form.names),
    }
    if form.speaker:
        data["speaker"] = form.speaker
    return _ENCODE_JSON(data)


def form_from_json(text: str) -> NormalForm:
    data = json.loads(text)
    return NormalForm(
        tuple(data["tokens"]),
        frozenset(data["gaps"]),
        frozenset(data["names"]),
        data.get("speaker", ""),
    )


class SqlFormBackend:
    """Forms, index keys, edges and statement membership in ``statement_*`` tables.

    With ``batched``, the forms added (``add_form``) and their index keys are written only
    when something reads or changes the tables (every method here does ``flush`` first) or
    the caller calls ``flush``: one insert statement per table for all the forms of an article
    instead of two per form. The caller must ``flush`` before it writes rows that refer to
    the forms, and before the transaction ends.
    """

    def __init__(self, db: Dialect, *, batched: bool = False) -> None:
        self.db = db
        self._batched = batched
        self._unwritten_forms: list[tuple[str, str, str, str]] = []
        self._unwritten_keys: list[tuple[int, str]] = []
        self._forms: dict[str, NormalForm] = {}
        # The index keys looked up in this update, and the forms of those held by any: nearly
        # every key of a new form is held by no other form, so the keys looked up are kept
        # apart from the few buckets, and what a look-up still needs is one set difference.
        # A form added takes its keys out of the looked-up ones (one set operation, instead of
        # a bucket per key of every new form): the rare key asked for again is read again.
        self._looked: set[int] = set()
        self._buckets: dict[int, list[str]] = {}

    def flush(self) -> None:
        """Write the forms added since the last flush, with their index keys."""
        if self._unwritten_forms:
            self.db.executemany(
                "INSERT INTO statement_forms (form_key, form, group_key, statement_id) "
                "VALUES (?, ?, ?, ?)",
                self._unwritten_forms,
            )
            self.db.executemany(
                "INSERT INTO statement_index_keys (index_key, form_key) VALUES (?, ?)",
                self._unwritten_keys,
            )
            self._unwritten_forms, self._unwritten_keys = [], []

    def known(self, form_keys: Sequence[str]) -> set[str]:
        self.flush()
        found = {key for key in form_keys if key in self._forms}
        rows = self.db.fetch_in(
            "SELECT form_key FROM statement_forms WHERE form_key", sorted(set(form_keys) - found)
        )
        found.update(r["form_key"] for r in rows)
        return found

    def look_ahead(self, keys: Sequence[int]) -> None:
        missing = sorted(set(keys).difference(self._looked))
        if not missing:
            return
        self.flush()
        self._looked.update(missing)
        found: dict[int, list[str]] = {}
        for chunk in in_chunks(missing):
            cursor = self.db.execute(
                "SELECT index_key, form_key FROM statement_index_keys "
                f"WHERE index_key IN ({placeholders(len(chunk))})",
                chunk,
            )
            for index_key, form_key in cursor.fetchall():
                found.setdefault(int(index_key), []).append(form_key)
        self._buckets.update(found)  # a key read again holds what it held, and more

    def candidates(self, keys: Sequence[int]) -> set[str]:
        self.look_ahead(keys)
        buckets = self._buckets
        return {form for key in keys if key in buckets for form in buckets[key]}

    def form(self, form_key: str) -> NormalForm:
        if form_key not in self._forms:
            self.flush()
            rows = self.db.fetch("SELECT form FROM statement_forms WHERE form_key = ?", (form_key,))
            self._forms[form_key] = form_from_json(rows[0]["form"])
        return self._forms[form_key]

    def add_form(self, form_key: str, form: NormalForm, keys: Sequence[int]) -> None:
        self._forms[form_key] = form
        self._unwritten_forms.append((form_key, form_to_json(form), form_key, form_key))
        self._unwritten_keys += [(key, form_key) for key in keys]
        self._looked.difference_update(keys)
        if not self._batched:
            self.flush()

    def add_edges(self, edges: Sequence[Edge]) -> None:
        if edges:
            self.flush()
        self.db.executemany(
            "INSERT INTO statement_edges (left_form, right_form, same, reason, coverage, closeness)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [
                (
                    e.left,
                    e.right,
                    int(e.verdict.same),
                    e.verdict.reason,
                    e.verdict.coverage,
                    e.verdict.closeness,
                )
                for e in edges
            ],
        )

    def join_groups(self, form_keys: Sequence[str]) -> list[str]:
        self.flush()
        rows = self.db.fetch_in(
            "SELECT DISTINCT group_key FROM statement_forms WHERE form_key", list(form_keys)
        )
        groups = {r["group_key"] for r in rows}
        root = min(groups)
        others = sorted(groups - {root})
        self.db.execute_in(
            "UPDATE statement_forms SET group_key = ? WHERE group_key", others, (root,)
        )
        rows = self.db.fetch("SELECT form_key FROM statement_forms WHERE group_key = ?", (root,))
        return sorted(r["form_key"] for r in rows)

    def conflicted(self, members: Sequence[str]) -> bool:
        self.flush()
        rows = self.db.fetch(
            "SELECT 1 AS found FROM statement_edges e "
            "JOIN statement_forms l ON l.form_key = e.left_form "
            "JOIN statement_forms r ON r.form_key = e.right_form "
            "WHERE e.same = 0 AND l.group_key = r.group_key AND l.group_key = "
            "(SELECT group_key FROM statement_forms WHERE form_key = ?) LIMIT 1",
            (members[0],),
        )
        return bool(rows)

    def edges_within(self, members: Sequence[str]) -> list[Edge]:
        self.flush()
        rows = self.db.fetch(
            "SELECT e.* FROM statement_edges e "
            "JOIN statement_forms l ON l.form_key = e.left_form "
            "JOIN statement_forms r ON r.form_key = e.right_form "
            "WHERE l.group_key = r.group_key AND l.group_key = "
            "(SELECT group_key FROM statement_forms WHERE form_key = ?)",
            (members[0],),
        )
        return [_edge(r) for r in rows]

    def set_statements(self, assignment: dict[str, str]) -> None:
        self.flush()
        self.db.executemany(
            "UPDATE statement_forms SET statement_id = ? WHERE form_key = ?",
            [(statement, form) for form, statement in assignment.items()],
        )

    def remove_forms(self, form_keys: Sequence[str]) -> None:
        """Take forms out of the index (no quote uses them any more: the caller checks), with
        their index keys and edges, and resolve the groups they were in again from the edges
        left (``cluster.regroup``), so that the index holds what indexing the remaining forms
        alone would give: no statement without an appearance, no statement held together or
        named by a form that is gone.

        The index keys are found by computing them again from the stored form (``index_keys``
        reads the words alone, which the form keeps), then deleted by ``(index key, form)``:
        the key column is the one indexed."""
        removed = set(form_keys)
        if not removed:
            return
        self.flush()
        rows = list(
            self.db.fetch_in(
                "SELECT form_key, form, group_key FROM statement_forms WHERE form_key",
                sorted(removed),
            )
        )
        groups = sorted({r["group_key"] for r in rows})
        members = [
            r["form_key"]
            for r in self.db.fetch_in(
                "SELECT form_key FROM statement_forms WHERE group_key", groups
            )
        ]
        edges = [
            _edge(r)
            for r in self.db.fetch_in(
                "SELECT e.* FROM statement_edges e "
                "JOIN statement_forms l ON l.form_key = e.left_form "
                "JOIN statement_forms r ON r.form_key = e.right_form "
                "WHERE l.group_key = r.group_key AND l.group_key",
                groups,
            )
        ]
        gone: list[tuple[int, str]] = []
        for row, keys in zip(
            rows, index_keys([form_from_json(r["form"]) for r in rows]), strict=True
        ):
            gone += [(key, row["form_key"]) for key in sorted(set(keys))]
        self.db.executemany(
            "DELETE FROM statement_index_keys WHERE index_key = ? AND form_key = ?", gone
        )
        for column in ("left_form", "right_form"):
            self.db.execute_in(f"DELETE FROM statement_edges WHERE {column}", sorted(removed))
        self.db.execute_in("DELETE FROM statement_forms WHERE form_key", sorted(removed))
        for key, form_key in gone:
            bucket = self._buckets.get(key)
            if bucket and form_key in bucket:
                bucket.remove(form_key)
        for form_key in removed:
            self._forms.pop(form_key, None)
        left = [m for m in members if m not in removed]
        kept_edges = [e for e in edges if e.left not in removed and e.right not in removed]
        self.db.executemany(
            "UPDATE statement_forms SET group_key = ?, statement_id = ? WHERE form_key = ?",
            [(group, statement, m) for m, (group, statement) in regroup(left, kept_edges).items()],
        )


def _edge(row: dict[str, Any]) -> Edge:
    """An edge read back from ``statement_edges`` (a row of ``SELECT e.*``)."""
    verdict = Verdict(
        bool(row["same"]),
        row["reason"],
        float(row["coverage"]),
        float(row["closeness"]),
        conflict=not row["same"],
    )
    return Edge(row["left_form"], row["right_form"], verdict)


class SqlSyndicationBackend:
    """Body sketches, near-duplicate pairs and syndication links in the store."""

    def __init__(self, db: Dialect) -> None:
        self.db = db

    def candidates(self, keys: Sequence[int]) -> set[str]:
        rows = self.db.fetch_in(
            "SELECT DISTINCT article_id FROM article_sketch_keys WHERE index_key", list(keys)
        )
        return {r["article_id"] for r in rows}

    def sketch(self, article_id: str) -> BodySketch | None:
        rows = self.db.fetch(
            "SELECT signature, shingles FROM statement_articles WHERE article_id = ?", (article_id,)
        )
        if not rows or rows[0]["signature"] is None:
            return None
        signature = np.frombuffer(bytes(rows[0]["signature"]), dtype=np.uint32)
        return BodySketch(signature, int(rows[0]["shingles"]), ())

    def add_sketch(self, article_id: str, sketch: BodySketch) -> None:
        self.db.execute(
            "UPDATE statement_articles SET signature = ?, shingles = ? WHERE article_id = ?",
            (sketch.signature.astype(np.uint32).tobytes(), sketch.size, article_id),
        )
        self.db.executemany(
            "INSERT INTO article_sketch_keys (index_key, article_id) VALUES (?, ?)",
            [(key, article_id) for key in sketch.keys],
        )

    def add_pair(self, left: str, right: str, containment: float) -> None:
        self.db.execute(
            "INSERT INTO article_duplicates (left_article, right_article, containment) "
            "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (left, right, containment),
        )

    def pairs_of(self, article_ids: Iterable[str]) -> list[tuple[str, str, float]]:
        ids = sorted(article_ids)
        found = []
        for chunk in in_chunks(ids):
            marks = placeholders(len(chunk))
            rows = self.db.fetch(
                "SELECT left_article, right_article, containment FROM article_duplicates "
                f"WHERE left_article IN ({marks}) OR right_article IN ({marks})",
                (*chunk, *chunk),
            )
            found += [
                (r["left_article"], r["right_article"], float(r["containment"])) for r in rows
            ]
        return found

    def info(self, article_ids: Iterable[str]) -> dict[str, ArticleInfo]:
        rows = self.db.fetch_in(
            "SELECT a.id, s.outlet_key AS outlet, a.published, a.syndicated_from, s.seq "
            "FROM articles a "
            "JOIN statement_articles s ON s.article_id = a.id "
            "WHERE a.id",
            sorted(article_ids),
        )
        infos = {}
        for r in rows:
            credits = tuple(json.loads(r["syndicated_from"] or "[]"))
            infos[r["id"]] = ArticleInfo(
                r["id"], r["outlet"], r["published"], int(r["seq"]), credits
            )
        return infos

    def set_links(self, links: Sequence[SyndicationLink]) -> None:
        self.db.execute_in(
            "DELETE FROM syndication_links WHERE article_id", [link.article_id for link in links]
        )
        self.db.executemany(
            "INSERT INTO syndication_links "
            "(article_id, original_id, original_outlet, method, evidence) VALUES (?, ?, ?, ?, ?)",
            [
                (
                    link.article_id,
                    link.original_id,
                    link.original_outlet,
                    link.method,
                    link.evidence,
                )
                for link in links
            ],
        )
