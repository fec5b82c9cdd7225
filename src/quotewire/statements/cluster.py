"""Incremental, order-independent clustering of quote forms into statements.

A *form* is one distinct normal form (``NormalForm.key``); every appearance of the same words
shares it, so a statement printed a thousand times is indexed once. A new form is compared
only with the forms that share an index key (``sketch.index_keys``), never with every form,
and only with candidates not already in its statement. Verified pairs are joined with
union-find, so the statements are the connected components of the verified candidate graph:
the same whatever order the forms arrive in. A statement's id is the smallest form key in it,
which is order-independent too.

Where the state lives is a backend: ``MemoryBackend`` here (tests, benchmarks, one-off runs)
and ``statements.storage.SqlBackend`` over the store's database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from quotewire.statements.normalise import NormalForm
from quotewire.statements.sketch import index_keys
from quotewire.statements.verify import Verdict, verify

BATCH = 4096


@dataclass(frozen=True, slots=True)
class Edge:
    """A verified pair of forms: the evidence that joined (or kept apart) two statements."""

    left: str
    right: str
    verdict: Verdict


class IndexBackend(Protocol):
    """Where forms, index keys and statement membership are kept."""

    def has_form(self, form_key: str) -> bool: ...

    def candidates(self, keys: Sequence[int]) -> set[str]: ...

    def form(self, form_key: str) -> NormalForm: ...

    def statement_of(self, form_key: str) -> str: ...

    def add_form(self, form_key: str, form: NormalForm, keys: Sequence[int]) -> None: ...

    def merge(self, left_statement: str, right_statement: str) -> str: ...

    def add_edge(self, edge: Edge) -> None: ...


class StatementIndex:
    """Adds forms to a backend and joins each with the statements it verifiably belongs to."""

    def __init__(self, backend: IndexBackend, *, keep_rejected: bool = False) -> None:
        self.backend = backend
        self.keep_rejected = keep_rejected
        self.verifications = 0

    def add(self, forms: Iterable[NormalForm]) -> list[str]:
        """Index every form (new ones are clustered); returns each form's key, in order."""
        result: list[str] = []
        pending: list[NormalForm] = []
        for form in forms:
            result.append(form.key)
            pending.append(form)
            if len(pending) >= BATCH:
                self._add_batch(pending)
                pending = []
        if pending:
            self._add_batch(pending)
        return result

    def _add_batch(self, forms: list[NormalForm]) -> None:
        new: dict[str, NormalForm] = {}
        for form in forms:
            key = form.key
            if key not in new and not self.backend.has_form(key):
                new[key] = form
        if not new:
            return
        for (key, form), keys in zip(new.items(), index_keys(list(new.values())), strict=True):
            self._add_one(key, form, keys)

    def _add_one(self, key: str, form: NormalForm, keys: Sequence[int]) -> None:
        backend = self.backend
        candidates = sorted(backend.candidates(keys))
        backend.add_form(key, form, keys)
        statement = backend.statement_of(key)
        for other in candidates:
            other_statement = backend.statement_of(other)
            if other_statement == statement:
                continue
            self.verifications += 1
            verdict = verify(form, backend.form(other))
            if verdict.same:
                backend.add_edge(Edge(key, other, verdict))
                statement = backend.merge(statement, other_statement)
            elif self.keep_rejected:
                backend.add_edge(Edge(key, other, verdict))


class MemoryBackend:
    """Everything in dictionaries; union-find with path halving for statement membership."""

    def __init__(self) -> None:
        self.forms: dict[str, NormalForm] = {}
        self.buckets: dict[int, list[str]] = {}
        self.parent: dict[str, str] = {}
        self.edges: list[Edge] = []

    def has_form(self, form_key: str) -> bool:
        return form_key in self.forms

    def candidates(self, keys: Sequence[int]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            bucket = self.buckets.get(key)
            if bucket:
                found.update(bucket)
        return found

    def form(self, form_key: str) -> NormalForm:
        return self.forms[form_key]

    def statement_of(self, form_key: str) -> str:
        parent = self.parent
        node = form_key
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def add_form(self, form_key: str, form: NormalForm, keys: Sequence[int]) -> None:
        self.forms[form_key] = form
        self.parent[form_key] = form_key
        for key in keys:
            self.buckets.setdefault(key, []).append(form_key)

    def merge(self, left_statement: str, right_statement: str) -> str:
        keep, drop = sorted((left_statement, right_statement))
        self.parent[drop] = keep
        return keep

    def add_edge(self, edge: Edge) -> None:
        self.edges.append(edge)

    def statements(self) -> dict[str, list[str]]:
        """Statement id -> its form keys."""
        groups: dict[str, list[str]] = {}
        for key in self.forms:
            groups.setdefault(self.statement_of(key), []).append(key)
        return groups
