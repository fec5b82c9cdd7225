"""Statement clustering as a distributed shuffle over the quote tables of the shards.

The single-machine index (``statements.cluster.StatementIndex``) compares each quote form with
the forms that share one of its index keys (MinHash LSH bands and winnowing fingerprints),
keeps every verified pair as an edge (same statement, or a conflict: same words, other
meaning), groups forms joined by positive edges, and splits a group that holds a conflict with
``statements.cluster.partition``. Here the same edges are found without one node holding the
index:

1. **map** (one task per shard): normalise every quote (with its speaker, ``quote_form``,
   re-keyed by the user's merge rules as the single-machine writer re-keys it: ``aliased``),
   keep each distinct form once, and list the index keys of every form;
2. **count** the keys across workers (``dask.bag.frequencies``, a tree reduction): almost every
   key belongs to one form only, and only the few keys seen more than once can pair forms;
3. **shuffle**: ``(index key, form key, form)`` for those keys only, grouped by key across
   workers (``dask.bag.groupby``); so the forms themselves move only where they have a
   candidate, and the bulk of the traffic is bare 64-bit keys;
4. **verify** (per group): every pair of forms that share the key, with the project's
   ``verify``; positive and conflict edges are kept, each pair once;
5. **reduce** on the client: ``statements.cluster.resolve_edges`` groups the forms joined by
   positive edges and splits a group holding a conflict (a distractor: a negation, number or
   name changed) with ``partition``, the constrained union-find the single-machine index uses.

The edges are the same set as on one machine (the same ``verify``) and the last step is the
statements package's own function, so the statements are equal, distractors included; a
statement's id is its smallest form key there and here.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quotewire.distributed.shards import read_quotes
from quotewire.statements.cluster import Edge, resolve_edges
from quotewire.statements.collection import is_statement
from quotewire.statements.form_speaker import Aliases, aliased, quote_form
from quotewire.statements.normalise import NormalForm
from quotewire.statements.sketch import index_keys
from quotewire.statements.verify import verify
from quotewire.store.codec import quote_from_row

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
    index_keys: int = 0  # keys counted in step 2
    shuffle_entries: int = 0  # entries with their forms moved in step 3

    def statement(self, form_key: str) -> str:
        return self.statement_of.get(form_key, form_key)

    def groups(self) -> dict[str, list[str]]:
        """Statement id -> its form keys, for statements of more than one form."""
        found: dict[str, list[str]] = {}
        for form_key, statement in sorted(self.statement_of.items()):
            found.setdefault(statement, []).append(form_key)
        return {s: keys for s, keys in found.items() if len(keys) > 1}


def shard_forms(
    shard_dir: str, key: str, positions: Iterable[int], aliases: Aliases | None = None
) -> dict[str, NormalForm]:
    """The distinct normal forms of the statements (``collection.is_statement``) quoted in the
    shard's articles at ``positions`` (the stored ones), each with the speaker key the user's
    merge rules give it (``aliases``: ``form_speaker.speaker_key_aliases``)."""
    wanted = set(positions)
    forms: dict[str, NormalForm] = {}
    for row in read_quotes(shard_dir, key).to_pylist():
        quote = quote_from_row(row)
        if row["article_position"] not in wanted or not is_statement(quote):
            continue
        form = aliased(quote_form(quote), aliases or {})
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


def cluster_statements(  # type: ignore[no-untyped-def]
    client, shard_dir: str, selection: Selection, aliases: Aliases
) -> StatementClusters:
    """Run the map → shuffle → verify steps on the cluster behind ``client``; reduce here.

    ``selection`` lists each shard with the positions of its stored articles; ``aliases``
    re-key the forms of speakers the user's rules merged (``index.write_index`` writes the
    forms re-keyed the same way).
    """
    import dask.bag as db

    if not selection:
        return StatementClusters()
    merged = dict(aliases)
    shards = db.from_sequence(list(selection), npartitions=len(selection))
    forms = shards.map(lambda item: shard_forms(shard_dir, item[0], item[1], merged))
    keys = forms.map(lambda found: [key for key, _, _ in index_entries(found)]).flatten()
    counted = keys.frequencies()
    # Each phase's results are gathered (and its futures released) before the next phase is
    # submitted: the two graphs share their first tasks, which the scheduler must not see twice.
    shared_keys, form_count, key_count = client.compute(
        [counted.filter(lambda item: item[1] > 1).pluck(0), forms.map(len).sum(), keys.count()],
        sync=True,
    )
    shared = frozenset(shared_keys)
    entries = forms.map(lambda found: [e for e in index_entries(found) if e[0] in shared])
    groups = entries.flatten().groupby(_index_key, npartitions=len(selection), shuffle="tasks")
    edges = groups.map(lambda group: verify_group(group[1])).flatten()
    found, moved = client.compute(
        [edges.distinct(key=_pair_key), entries.map(len).sum()], sync=True
    )
    found = sorted(found, key=_pair_key)
    statement_of, group_of = resolve_edges(found)
    return StatementClusters(statement_of, group_of, found, form_count, key_count, moved)


def shuffle_bytes(rows: Sequence[object]) -> int:
    """Serialised size of shuffled rows, for the benchmark's volume estimate."""
    return sum(len(pickle.dumps(row, protocol=pickle.HIGHEST_PROTOCOL)) for row in rows)


def _index_key(entry: Entry) -> int:
    return entry[0]


def _pair_key(edge: Edge) -> tuple[str, str]:
    return (edge.left, edge.right)
