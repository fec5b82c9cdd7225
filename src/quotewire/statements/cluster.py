"""Incremental, order-independent clustering of quote forms into statements.

A *form* is one distinct normal form (``NormalForm.key``); every appearance of the same words
shares it, so a statement printed a thousand times is indexed once. A new form is compared
only with the forms that share an index key (``sketch.index_keys``), never with every form.

Each verified pair is an edge: *positive* (same statement) or a *conflict* (same words, other
meaning). Forms joined by positive edges make a *group* (union-find). A group without
conflicts is one statement. A group with a conflict (a trimmed quote that fits both a quote and
its distractor) is partitioned by joining its positive edges strongest first, never joining two
parts with a conflict between them. Edges are taken in a canonical order (strength, then keys),
so the statements depend only on the set of forms, not on the order they arrived in. A
statement's id is the smallest form key in it.

Where the state lives is a backend: ``MemoryBackend`` here (tests, benchmarks, one-off runs)
and ``statements.storage.SqlFormBackend`` over the store's database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from quotewire.statements.constrained import constrained_union
from quotewire.statements.normalise import NormalForm
from quotewire.statements.sketch import index_keys
from quotewire.statements.verify import Verdict, verify

BATCH = 4096


@dataclass(frozen=True, slots=True)
class Edge:
    """A verified pair of forms: the evidence that joined (or kept apart) two forms."""

    left: str
    right: str
    verdict: Verdict


class FormBackend(Protocol):
    """Where forms, index keys, edges, groups and statement membership are kept."""

    def known(self, form_keys: Sequence[str]) -> set[str]:
        """Those of the forms already indexed."""
        ...

    def look_ahead(self, keys: Sequence[int]) -> None:
        """A hint: ``candidates`` will soon be asked for these index keys (a backend over a
        database looks them all up at once)."""
        ...

    def candidates(self, keys: Sequence[int]) -> set[str]: ...

    def form(self, form_key: str) -> NormalForm: ...

    def add_form(self, form_key: str, form: NormalForm, keys: Sequence[int]) -> None: ...

    def add_edges(self, edges: Sequence[Edge]) -> None: ...

    def join_groups(self, form_keys: Sequence[str]) -> list[str]:
        """Put the forms' groups together; return every form of the joined group."""
        ...

    def conflicted(self, members: Sequence[str]) -> bool: ...

    def edges_within(self, members: Sequence[str]) -> list[Edge]: ...

    def set_statements(self, assignment: dict[str, str]) -> None: ...


class StatementIndex:
    """Adds forms to a backend and keeps the partition of forms into statements."""

    def __init__(self, backend: FormBackend) -> None:
        self.backend = backend
        self.verifications = 0

    def add(
        self,
        forms: Iterable[NormalForm],
        keys: Iterable[Sequence[int]] | None = None,
        form_keys: Iterable[str] | None = None,
    ) -> list[str]:
        """Index every form (new ones are clustered); returns each form's key, in order.

        ``keys``, when given, are each form's ``index_keys``, and ``form_keys`` each form's
        ``key``, computed beforehand (ingest computes them in its extraction workers);
        otherwise they are computed here."""
        result: list[str] = []
        pending: list[tuple[str, NormalForm, Sequence[int] | None]] = []
        given = iter(keys) if keys is not None else None
        named = iter(form_keys) if form_keys is not None else None
        for form in forms:
            result.append(next(named) if named is not None else form.key)
            pending.append((result[-1], form, next(given) if given is not None else None))
            if len(pending) >= BATCH:
                self._add_batch(pending)
                pending = []
        if pending:
            self._add_batch(pending)
        return result

    def _add_batch(self, forms: list[tuple[str, NormalForm, Sequence[int] | None]]) -> None:
        known = self.backend.known([key for key, _, _ in forms])
        new: dict[str, tuple[NormalForm, Sequence[int] | None]] = {}
        for key, form, keys in forms:
            if key not in new and key not in known:
                new[key] = (form, keys)
        if not new:
            return
        computed = iter(index_keys([form for form, keys in new.values() if keys is None]))
        ready = [(key, form, keys if keys is not None else next(computed))
                 for key, (form, keys) in new.items()]  # fmt: skip
        self.backend.look_ahead([index_key for _, _, keys in ready for index_key in keys])
        for key, form, keys in ready:
            self._add_one(key, form, keys)

    def _add_one(self, key: str, form: NormalForm, keys: Sequence[int]) -> None:
        backend = self.backend
        candidates = sorted(backend.candidates(keys))
        backend.add_form(key, form, keys)
        edges: list[Edge] = []
        for other in candidates:
            self.verifications += 1
            verdict = verify(form, backend.form(other))
            if verdict.same or verdict.conflict:
                edges.append(Edge(key, other, verdict))
        backend.add_edges(edges)
        joined = [key, *(e.right for e in edges if e.verdict.same)]
        if len(joined) == 1:  # joins nothing: a statement of its own, as ``add_form`` left it
            return
        members = backend.join_groups(joined)
        if backend.conflicted(members):
            backend.set_statements(partition(members, backend.edges_within(members)))
        else:
            first = min(members)
            backend.set_statements({m: first for m in members})


def resolve_edges(edges: Iterable[Edge]) -> tuple[dict[str, str], dict[str, str]]:
    """``(statement_of, group_of)`` for every form with an edge, from all edges at once.

    The whole-set form of what ``StatementIndex`` reaches one form at a time (the distributed
    engine finds every edge first, then calls this): forms joined by positive edges make a
    group, named by its smallest key; a group without a conflict is one statement, a group
    with one is split by ``partition``. A form without edges is a statement of its own and
    is absent from both maps. Duplicate edges (the same pair twice) are taken once.
    """
    unique: dict[tuple[str, str], Edge] = {}
    for edge in edges:
        left, right = sorted((edge.left, edge.right))
        unique.setdefault((left, right), edge)
    forms = sorted({key for pair in unique for key in pair})
    positive = sorted(pair for pair, edge in unique.items() if edge.verdict.same)
    group_of = constrained_union(forms, positive, ())
    inside: dict[str, list[Edge]] = {}
    for (left, right), edge in unique.items():
        if group_of[left] == group_of[right]:
            inside.setdefault(group_of[left], []).append(edge)
    members: dict[str, list[str]] = {}
    for form, group in group_of.items():
        members.setdefault(group, []).append(form)
    statement_of: dict[str, str] = {}
    for group, group_members in members.items():
        group_edges = inside.get(group, [])
        if any(e.verdict.conflict for e in group_edges):
            statement_of.update(partition(group_members, group_edges))
        else:
            statement_of.update(dict.fromkeys(group_members, group))
    return statement_of, group_of


def regroup(members: Sequence[str], edges: Iterable[Edge]) -> dict[str, tuple[str, str]]:
    """``(group, statement)`` of each of ``members`` from the edges among them alone.

    What a group of the index becomes once some of its forms are taken out (forms no quote
    uses any more): a removed form may have been the only link between the others, or the
    smallest key that named their statement. ``resolve_edges`` over the edges left gives what
    indexing the remaining forms alone gives (the result is a function of the set of forms);
    a member left without a positive edge is a group and a statement of its own.
    """
    statement_of, group_of = resolve_edges(edges)
    return {m: (group_of.get(m, m), statement_of.get(m, m)) for m in members}


def partition(members: Sequence[str], edges: Sequence[Edge]) -> dict[str, str]:
    """Split one group into statements so that no statement holds a conflicting pair."""
    positive = sorted(
        (e for e in edges if e.verdict.same),
        key=lambda e: (-e.verdict.strength[0], -e.verdict.strength[1], *sorted((e.left, e.right))),
    )
    conflicts = [(e.left, e.right) for e in edges if e.verdict.conflict]
    return constrained_union(members, [(e.left, e.right) for e in positive], conflicts)


class MemoryBackend:
    """Everything in dictionaries: groups by union-find with member lists (small into large)."""

    def __init__(self) -> None:
        self.forms: dict[str, NormalForm] = {}
        # A key held by one form maps to the form itself; a list only once a second form shares
        # it (most keys are never shared, and a million one-item lists cost a gigabyte).
        self.buckets: dict[int, str | list[str]] = {}
        self.group: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        self.edges: dict[str, list[Edge]] = {}
        self.statement: dict[str, str] = {}
        self.conflicted_groups: set[str] = set()

    def known(self, form_keys: Sequence[str]) -> set[str]:
        return {key for key in form_keys if key in self.forms}

    def look_ahead(self, keys: Sequence[int]) -> None:
        return None

    def candidates(self, keys: Sequence[int]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            bucket = self.buckets.get(key)
            if bucket is None:
                continue
            if isinstance(bucket, str):
                found.add(bucket)
            else:
                found.update(bucket)
        return found

    def form(self, form_key: str) -> NormalForm:
        return self.forms[form_key]

    def add_form(self, form_key: str, form: NormalForm, keys: Sequence[int]) -> None:
        self.forms[form_key] = form
        self.group[form_key] = form_key
        self.members[form_key] = [form_key]
        self.statement[form_key] = form_key
        buckets = self.buckets
        for key in keys:
            bucket = buckets.get(key)
            if bucket is None:
                buckets[key] = form_key
            elif isinstance(bucket, str):
                buckets[key] = [bucket, form_key]
            else:
                bucket.append(form_key)

    def add_edges(self, edges: Sequence[Edge]) -> None:
        for edge in edges:
            self.edges.setdefault(edge.left, []).append(edge)
            self.edges.setdefault(edge.right, []).append(edge)

    def join_groups(self, form_keys: Sequence[str]) -> list[str]:
        roots = sorted({self.group[k] for k in form_keys}, key=lambda r: -len(self.members[r]))
        root = roots[0]
        for other in roots[1:]:
            moved = self.members.pop(other)
            if other in self.conflicted_groups:
                self.conflicted_groups.discard(other)
                self.conflicted_groups.add(root)
            for member in moved:
                self.group[member] = root
            self.members[root].extend(moved)
            if self._conflict_into(moved, root):
                self.conflicted_groups.add(root)
        return self.members[root]

    def _conflict_into(self, moved: list[str], root: str) -> bool:
        """Does a moved form conflict with a form of the group it joined? (Checks the smaller.)"""
        group = self.group
        return any(
            e.verdict.conflict and group[e.left] == root and group[e.right] == root
            for m in moved
            for e in self.edges.get(m, ())
        )

    def conflicted(self, members: Sequence[str]) -> bool:
        return self.group[members[0]] in self.conflicted_groups

    def edges_within(self, members: Sequence[str]) -> list[Edge]:
        inside = set(members)
        found = {
            (e.left, e.right): e
            for m in members
            for e in self.edges.get(m, ())
            if e.left in inside and e.right in inside
        }
        return list(found.values())

    def set_statements(self, assignment: dict[str, str]) -> None:
        self.statement.update(assignment)

    def statement_of(self, form_key: str) -> str:
        return self.statement[form_key]

    def statements(self) -> dict[str, list[str]]:
        """Statement id -> its form keys."""
        groups: dict[str, list[str]] = {}
        for key, statement in self.statement.items():
            groups.setdefault(statement, []).append(key)
        return groups
