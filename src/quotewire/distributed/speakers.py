"""Speaker identity across articles as a distributed step: records grouped by surname.

The single-machine registry (``statements.speaker_registry``) resolves each surname group
(``speakers.identity.group_key``), together with the groups the user's merge/split rules tie to
it, from all the group's records. A group's result depends only on its records, so here:

1. **map** (one task per shard): the speaker records of the shard's stored articles, each
   keyed by its group (or, when rules tie groups together, by the smallest group of the tie);
2. **shuffle**: records grouped by that key across workers;
3. **resolve** (per group): ``resolve_identities`` with the rules, on the worker;
4. the client writes the entities (``statements.speaker_registry.write_entities``).
"""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow.parquet as pq

from quotewire.distributed.shards import ARTICLES, SPEAKERS, shard_path
from quotewire.distributed.statements import Selection
from quotewire.speakers.identity import (
    Rule,
    SpeakerEntity,
    SpeakerRecord,
    group_key,
    resolve_identities,
)


def shard_records(shard_dir: str, key: str, positions: Sequence[int]) -> list[SpeakerRecord]:
    """The speakers of the shard's articles at ``positions``, with each article's date."""
    folder = shard_path(shard_dir, key)
    wanted = set(positions)
    articles = pq.read_table(folder / ARTICLES, columns=["position", "published"]).to_pylist()
    published = {row["position"]: row["published"] for row in articles}
    columns = ["article_position", "article_id", "id", "name", "kind", "role"]
    return [
        SpeakerRecord(row["article_id"], row["id"], row["name"], row["kind"], row["role"],
                      published.get(row["article_position"]))
        for row in pq.read_table(folder / SPEAKERS, columns=columns).to_pylist()
        if row["article_position"] in wanted
    ]  # fmt: skip


def rule_ties(rules: Sequence[Rule]) -> dict[str, str]:
    """Group key -> the key its rule-tied groups are resolved under (the smallest of them)."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for rule in rules:
        a, b = find(group_key(rule.left)), find(group_key(rule.right))
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {key: find(key) for key in list(parent)}


def resolve_speakers(  # type: ignore[no-untyped-def]
    client, shard_dir: str, selection: Selection, rules: Sequence[Rule] = ()
) -> list[SpeakerEntity]:
    """Every speaker entity of the selected articles, resolved group by group on the cluster."""
    import dask.bag as db

    if not selection:
        return []
    ties = rule_ties(rules)
    rule_list = list(rules)

    def shuffle_key(record: SpeakerRecord) -> str:
        key = group_key(record.name, record.kind)
        return ties.get(key, key)

    shards = db.from_sequence(list(selection), npartitions=len(selection))
    records = shards.map(lambda item: shard_records(shard_dir, item[0], item[1])).flatten()
    groups = records.groupby(shuffle_key, npartitions=len(selection), shuffle="tasks")
    entities = groups.map(lambda group: resolve_identities(group[1], rule_list)).flatten()
    found = client.compute(entities, sync=True)
    return sorted(found, key=lambda e: (e.name.casefold(), e.id))
