"""Statement clustering as a distributed shuffle over the quote tables of the shards.

The single-machine index (``statements.cluster.StatementIndex``) compares each quote form with
the forms that share one of its index keys (MinHash LSH bands and winnowing fingerprints),
keeps every verified pair as an edge (same statement, or a conflict: same words, other
meaning), groups forms joined by positive edges, and splits a group that holds a conflict with
``statements.cluster.partition``. Here the same edges are found without one node holding the
index:

1. **map** (one task per shard): normalise every quote, keep each distinct form once, and emit
   ``(index key, form key, form)`` for every index key of the form;
2. **shuffle**: group the entries by index key across workers (``dask.bag.groupby``);
3. **verify** (per group): every pair of forms that share the key, with the project's
   ``verify``; positive and conflict edges are kept, each pair once;
4. **reduce** on the client: union-find over the positive edges, then ``partition`` for the
   groups with a conflict, exactly as the single-machine index does.

The edges are the same set as on one machine and the last step is the same function, so the
statements are equal; a statement's id is its smallest form key there and here.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quotewire.distributed.shards import read_quotes
from quotewire.statements.cluster import Edge, partition
from quotewire.statements.normalise import NormalForm, normalise
from quotewire.statements.sketch import index_keys
from quotewire.statements.verify import verify

Entry = tuple[int, str, NormalForm]
"""``(index key, form key, form)``: one row of the shuffle."""
Selection = Sequence[tuple[str, tuple[int, ...]]]
"""``(shard key, positions of the stored articles)`` for every shard of a job."""


@dataclass(slots=True)
class StatementClusters:
    """Which forms make one statement: ``statement_of`` maps every form that has an edge to
    its statement id (a form absent from it is a statement of its own); ``group_of`` maps it
    to its group (forms joined by positive edges, named by the smallest key)."""

    statement_of: dict[str, str] = field(default_factory=dict)
    group_of: dict[str, str] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    forms: int = 0  # distinct forms per shard, summed (a form in two shards counts twice)
    shuffle_entries: int = 0

    def statement(self, form_key: str) -> str:
        return self.statement_of.get(form_key, form_key)

    def groups(self) -> dict[str, list[str]]:
        """Statement id -> its form keys, for statements of more than one form."""
        found: dict[str, list[str]] = {}
        for form_key, statement in sorted(self.statement_of.items()):
            found.setdefault(statement, []).append(form_key)
        return {s: keys for s, keys in found.items() if len(keys) > 1}


def shard_forms(shard_dir: str, key: str, positions: Iterable[int]) -> dict[str, NormalForm]:
    """The distinct normal forms of the quotes of the shard's articles at ``positions`` (the
    stored ones); quotes without words have none."""
    wanted = set(positions)
    table = read_quotes(shard_dir, key, ["article_position", "text"])
    forms: dict[str, NormalForm] = {}
    for position, text in zip(
        table.column("article_position").to_pylist(), table.column("text").to_pylist(), strict=True
    ):
        if position not in wanted or not text or not text.strip():
            continue
        form = normalise(text)
        forms.setdefault(form.key, form)
    return forms


def index_entries(forms: dict[str, NormalForm]) -> list[Entry]:
    """Every ``(index key, form key, form)`` of the given forms: what the shuffle moves."""
    keys = list(forms)
    entries: list[Entry] = []
    for form_key, form_index_keys in zip(keys, index_keys([forms[k] for k in keys]), strict=True):
        form = forms[form_key]
        entries.extend((index_key, form_key, form) for index_key in set(form_index_keys))
    return entries


def verify_group(entries: Iterable[Entry]) -> list[Edge]:
    """Every positive or conflicting edge among the forms that share one index key."""
    forms: dict[str, NormalForm] = {}
    for _, form_key, form in entries:
        forms.setdefault(form_key, form)
    ordered = sorted(forms)
    edges: list[Edge] = []
    for i, left in enumerate(ordered):
        for right in ordered[i + 1 :]:
            verdict = verify(forms[left], forms[right])
            if verdict.same or verdict.conflict:
                edges.append(Edge(left, right, verdict))
    return edges


def resolve_statements(edges: Iterable[Edge]) -> tuple[dict[str, str], dict[str, str]]:
    """``(statement_of, group_of)`` from all edges: form keys grouped by positive edges, and a
    group with a conflict inside split by ``statements.cluster.partition``."""
    unique: dict[tuple[str, str], Edge] = {}
    for edge in edges:
        unique.setdefault(_pair_key(edge), edge)
    parent: dict[str, str] = {}
    for edge in unique.values():
        for key in (edge.left, edge.right):
            parent.setdefault(key, key)
        if edge.verdict.same:
            a, b = _find(parent, edge.left), _find(parent, edge.right)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = {}
    for key in parent:
        groups.setdefault(_find(parent, key), []).append(key)
    group_edges: dict[str, list[Edge]] = {}
    for edge in unique.values():
        root = _find(parent, edge.left)
        if root == _find(parent, edge.right):
            group_edges.setdefault(root, []).append(edge)
    statements: dict[str, str] = {}
    for root, members in groups.items():
        inside = group_edges.get(root, [])
        if any(e.verdict.conflict for e in inside):
            statements.update(partition(members, inside))
        else:
            first = min(members)
            statements.update({m: first for m in members})
    group_of = {key: min(groups[_find(parent, key)]) for key in parent}
    return statements, group_of


def cluster_statements(client, shard_dir: str, selection: Selection) -> StatementClusters:  # type: ignore[no-untyped-def]
    """Run the map → shuffle → verify steps on the cluster behind ``client``; reduce here.

    ``selection`` lists each shard with the positions of its stored articles.
    """
    import dask.bag as db

    if not selection:
        return StatementClusters()
    shards = db.from_sequence(list(selection), npartitions=len(selection))
    forms = shards.map(lambda item: shard_forms(shard_dir, item[0], item[1]))
    entry_lists = forms.map(index_entries)
    groups = entry_lists.flatten().groupby(_index_key, npartitions=len(selection), shuffle="tasks")
    edges = groups.map(lambda group: verify_group(group[1])).flatten()
    edges_future, forms_future, entries_future = client.compute(
        [edges.distinct(key=_pair_key), forms.map(len).sum(), entry_lists.map(len).sum()],
        sync=False,
    )
    found = sorted(edges_future.result(), key=_pair_key)
    statement_of, group_of = resolve_statements(found)
    return StatementClusters(
        statement_of, group_of, found, forms_future.result(), entries_future.result()
    )


def shuffle_bytes(entries: Sequence[Entry]) -> int:
    """Serialised size of shuffle rows, for the benchmark's volume estimate."""
    return sum(len(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)) for entry in entries)


def _index_key(entry: Entry) -> int:
    return entry[0]


def _pair_key(edge: Edge) -> tuple[str, str]:
    return (edge.left, edge.right)


def _find(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key
