"""Speaker entities kept in the store, updated one article at a time.

Identity is decided per surname group (``speakers.identity.group_key``); an article touches only
its speakers' groups, plus the groups the user's rules tie to them, and only those are resolved
again, from every stored record of the groups. So the entities depend only on the stored
records and rules, never on the order articles came in, and a rule applies again after every
re-ingest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from quotewire.errors import NotFoundError
from quotewire.speakers.identity import (
    Rule,
    SpeakerEntity,
    SpeakerRecord,
    group_key,
    resolve_identities,
)
from quotewire.store.dialect import Dialect
from quotewire.types import Article

_CHUNK = 500


def record_article_speakers(db: Dialect, article_id: str, article: Article) -> None:
    """Register an article's speakers and resolve the groups they belong to."""
    before = db.fetch(
        "SELECT DISTINCT group_key FROM speaker_identities WHERE article_id = ?", (article_id,)
    )
    db.execute("DELETE FROM speaker_identities WHERE article_id = ?", (article_id,))
    groups = {r["group_key"] for r in before}
    for speaker in article.speakers:
        key = group_key(speaker.name, speaker.kind)
        groups.add(key)
        db.execute(
            "INSERT INTO speaker_identities (article_id, speaker_id, group_key, entity_id, "
            "entity_name) VALUES (?, ?, ?, ?, ?)",
            (article_id, speaker.id, key, "", speaker.name),
        )
    if groups:
        resolve_groups(db, groups)


def rules(db: Dialect) -> list[Rule]:
    rows = db.fetch("SELECT kind, left_name, right_name FROM speaker_rules ORDER BY position")
    return [Rule(r["kind"], r["left_name"], r["right_name"]) for r in rows]


def add_rule(db: Dialect, kind: str, left: str, right: str) -> list[SpeakerEntity]:
    """Store a user's merge or split and apply it now; returns the entities it touched."""
    left_name, right_name = _name_for(db, left), right if kind == "split" else _name_for(db, right)
    position = int(db.fetch("SELECT COALESCE(MAX(position), 0) AS n FROM speaker_rules")[0]["n"])
    db.execute(
        "INSERT INTO speaker_rules (position, kind, left_name, right_name, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            position + 1,
            kind,
            left_name,
            right_name,
            datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )
    return resolve_groups(db, {group_key(left_name), group_key(right_name)})


def _name_for(db: Dialect, reference: str) -> str:
    """A rule names people by a written name; an entity id given by the user becomes its name."""
    rows = db.fetch("SELECT name FROM speaker_entities WHERE entity_id = ?", (reference,))
    if rows:
        return str(rows[0]["name"])
    known = db.fetch(
        f"SELECT 1 AS found FROM speaker_identities WHERE {db.casefold('entity_name')} = ? LIMIT 1",
        (reference.casefold(),),
    ) or db.fetch(
        f"SELECT 1 AS found FROM speakers WHERE {db.casefold('name')} = ? LIMIT 1",
        (reference.casefold(),),
    )
    if not known:
        raise NotFoundError(f"no speaker called {reference!r}")
    return reference


def resolve_groups(db: Dialect, groups: Iterable[str]) -> list[SpeakerEntity]:
    """Resolve these groups (and those the rules tie to them) again and store the result."""
    all_rules = rules(db)
    wanted = _close_over_rules(set(groups), all_rules)
    records = _records(db, sorted(wanted))
    entities = resolve_identities(records, all_rules)
    old = _entity_ids(db, sorted(wanted))
    for chunk in _chunks(old):
        db.execute(
            f"DELETE FROM speaker_entities WHERE entity_id IN ({', '.join('?' for _ in chunk)})",
            tuple(chunk),
        )
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
    return entities


def _close_over_rules(groups: set[str], all_rules: Sequence[Rule]) -> set[str]:
    changed = True
    while changed:
        changed = False
        for rule in all_rules:
            keys = {group_key(rule.left), group_key(rule.right)}
            if keys & groups and not keys <= groups:
                groups |= keys
                changed = True
    return groups


def _records(db: Dialect, groups: Sequence[str]) -> list[SpeakerRecord]:
    records = []
    for chunk in _chunks(list(groups)):
        rows = db.fetch(
            "SELECT si.article_id, si.speaker_id, s.name, s.kind, s.role, a.published "
            "FROM speaker_identities si "
            "JOIN speakers s ON s.article_id = si.article_id AND s.id = si.speaker_id "
            "JOIN articles a ON a.id = si.article_id "
            f"WHERE si.group_key IN ({', '.join('?' for _ in chunk)})",
            tuple(chunk),
        )
        records += [
            SpeakerRecord(
                r["article_id"], r["speaker_id"], r["name"], r["kind"], r["role"], r["published"]
            )
            for r in rows
        ]
    return records


def _entity_ids(db: Dialect, groups: Sequence[str]) -> list[str]:
    ids: set[str] = set()
    for chunk in _chunks(list(groups)):
        rows = db.fetch(
            "SELECT DISTINCT entity_id FROM speaker_identities "
            f"WHERE group_key IN ({', '.join('?' for _ in chunk)})",
            tuple(chunk),
        )
        ids.update(r["entity_id"] for r in rows)
    return sorted(ids)


def entities(db: Dialect, name: str | None = None, *, limit: int = 50) -> list[dict]:
    """Stored entities (as dicts), most articles first; ``name`` matches any variant."""
    if name:
        rows = db.fetch(
            f"SELECT data FROM speaker_entities WHERE {db.casefold('data')} LIKE ?",
            (f"%{name.casefold()}%",),
        )
    else:
        rows = db.fetch("SELECT data FROM speaker_entities")
    found = [json.loads(r["data"]) for r in rows]
    if name:
        needle = name.casefold()
        found = [
            e for e in found if any(needle in v.casefold() for v in [e["name"], *e["variants"]])
        ]
    found.sort(key=lambda e: (-e["articles"], e["name"].casefold()))
    return found[:limit]


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
