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
from typing import Any

from quotewire.errors import NotFoundError, StoreError
from quotewire.speakers.identity import (
    Rule,
    SpeakerEntity,
    SpeakerRecord,
    group_key,
    resolve_identities,
)
from quotewire.statements.rows import insert_speaker_identity_rows
from quotewire.store.dialect import Dialect, fold
from quotewire.store.queries import EFFECTIVE_DATE, Filters

_IDENTITY = "{0}.article_id = q.article_id AND {0}.speaker_id = q.speaker_id"
_ARTICLE = {"person": "a person", "organisation": "an organisation"}


def register_speaker_rows(
    db: Dialect, article_id: str, rows: Sequence[tuple[str, ...]]
) -> set[str]:
    """Register an article's speakers (its ``speaker_identity_rows``, computed beforehand, as
    ingest's workers do) without resolving; returns the groups to resolve.

    Resolving depends only on the stored records, so a caller indexing many articles resolves
    the union of their groups once (``resolve_groups``) with the same result.
    """
    before = db.fetch(
        "SELECT DISTINCT group_key FROM speaker_identities WHERE article_id = ?", (article_id,)
    )
    db.execute("DELETE FROM speaker_identities WHERE article_id = ?", (article_id,))
    return {r["group_key"] for r in before} | insert_speaker_identity_rows(db, rows)


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
    entities = resolve_groups(db, {group_key(left_name), group_key(right_name)})
    if kind == "merge" and not _joined(entities, left_name, right_name):
        raise StoreError(
            f"not merged: {left!r} is stored as {_kinds(db, left_name)} and {right!r} as "
            f"{_kinds(db, right_name)}; a merge joins people only, so nothing was changed"
        )
    return entities


def _joined(entities: Sequence[SpeakerEntity], left: str, right: str) -> bool:
    """Whether one entity now holds both names: a merge rule ties people's surname groups, so
    a name stored only as an organisation (a surname the extractor took for one) stays
    apart, and saying "merged" then would be false."""
    wanted = {left.casefold(), right.casefold()}
    return any(
        wanted <= {name.casefold() for name in (entity.name, *entity.variants)}
        for entity in entities
    )


def _kinds(db: Dialect, name: str) -> str:
    rows = db.fetch(
        f"SELECT DISTINCT kind FROM speakers WHERE {db.casefold('name')} = ? ORDER BY kind",
        (fold(name),),
    )
    kinds = [_ARTICLE.get(r["kind"], r["kind"]) for r in rows]
    return " and ".join(kinds) or "no speaker"


def _name_for(db: Dialect, reference: str) -> str:
    """A rule names people by a written name; an entity id given by the user becomes its name."""
    rows = db.fetch("SELECT name FROM speaker_entities WHERE entity_id = ?", (reference,))
    if rows:
        return str(rows[0]["name"])
    known = db.fetch(
        f"SELECT 1 AS found FROM speaker_identities WHERE {db.casefold('entity_name')} = ? LIMIT 1",
        (fold(reference),),
    ) or db.fetch(
        f"SELECT 1 AS found FROM speakers WHERE {db.casefold('name')} = ? LIMIT 1",
        (fold(reference),),
    )
    if not known:
        raise NotFoundError(f"no speaker called {reference!r}")
    return reference


def resolve_groups(db: Dialect, groups: Iterable[str]) -> list[SpeakerEntity]:
    """Resolve these groups (and those the rules tie to them) again and store the result."""
    all_rules = rules(db)
    wanted = sorted(_close_over_rules(set(groups), all_rules))
    records = _records(db, wanted)
    entities = resolve_identities(records, all_rules)
    db.execute_in("DELETE FROM speaker_entities WHERE entity_id", _entity_ids(db, wanted))
    write_entities(db, entities)
    db.execute_in("DELETE FROM speaker_groups_pending WHERE group_key", wanted)
    return entities


def defer_groups(db: Dialect, groups: Iterable[str]) -> None:
    """Mark groups to resolve later (``resolve_pending``), in the caller's transaction.

    Resolving re-reads every record of a group, so a popular surname resolved after every
    batch of articles costs more the larger the store; marked, it is resolved once for many
    batches. The result is the same: it depends only on the stored records."""
    db.executemany(
        "INSERT INTO speaker_groups_pending (group_key) VALUES (?) ON CONFLICT DO NOTHING",
        [(group,) for group in sorted(groups)],
    )


def resolve_pending(db: Dialect) -> int:
    """Resolve every group marked by ``defer_groups``; returns how many were marked."""
    groups = [r["group_key"] for r in db.fetch("SELECT group_key FROM speaker_groups_pending")]
    if groups:
        resolve_groups(db, groups)
    return len(groups)


def write_entities(db: Dialect, entities: Sequence[SpeakerEntity]) -> None:
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
    rows = db.fetch_in(
        "SELECT si.article_id, si.speaker_id, s.name, s.kind, s.role, a.published "
        "FROM speaker_identities si "
        "JOIN speakers s ON s.article_id = si.article_id AND s.id = si.speaker_id "
        "JOIN articles a ON a.id = si.article_id "
        "WHERE si.group_key",
        list(groups),
    )
    return [
        SpeakerRecord(
            r["article_id"], r["speaker_id"], r["name"], r["kind"], r["role"], r["published"]
        )
        for r in rows
    ]


def _entity_ids(db: Dialect, groups: Sequence[str]) -> list[str]:
    rows = db.fetch_in(
        "SELECT DISTINCT entity_id FROM speaker_identities WHERE group_key", list(groups)
    )
    return sorted({r["entity_id"] for r in rows})


def ranked_entities(
    db: Dialect,
    name: str | None = None,
    *,
    top: int = 20,
    offset: int = 0,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
) -> list[dict[str, Any]]:
    """Person entities by how often they are quoted: the one ranking of merged speakers.

    Each is the entity's stored dict (id, name, variants with counts, dated roles, evidence,
    ambiguous) plus ``quotes``, ``articles``, ``outlets`` (statement outlet keys: the outlet,
    else the URL's host) and ``first_date`` / ``last_date`` over its quotes in the window.
    ``name`` matches part of any name the entity's quotes were attributed to; ``since``,
    ``until`` and ``outlet`` filter the quotes as ``quotewire search`` does.
    """
    where, params = Filters(since=since, until=until, outlet=outlet).sql(db)
    if name:
        # The same condition as a search by speaker, over the quotes of any variant.
        variant_where, variant_params = Filters(speaker=name).sql(db)
        where.append(
            f"si.entity_id IN (SELECT vi.entity_id FROM quotes q JOIN speaker_identities vi "
            f"ON {_IDENTITY.format('vi')} WHERE {' AND '.join(variant_where)})"
        )
        params += variant_params
    ranked = db.fetch(
        f"SELECT si.entity_id AS id, MIN(si.entity_name) AS name, COUNT(*) AS quotes, "
        f"COUNT(DISTINCT q.article_id) AS articles, COUNT(DISTINCT sa.outlet_key) AS outlets, "
        f"MIN({EFFECTIVE_DATE}) AS first_date, MAX({EFFECTIVE_DATE}) AS last_date "
        f"FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"JOIN speaker_identities si ON {_IDENTITY.format('si')} "
        f"LEFT JOIN statement_articles sa ON sa.article_id = q.article_id "
        f"WHERE {' AND '.join(['q.speaker IS NOT NULL', *where])} GROUP BY si.entity_id "
        f"ORDER BY quotes DESC, articles DESC, name, id LIMIT ? OFFSET ?",
        (*params, top, offset),
    )
    stored = _entity_data(db, [r["id"] for r in ranked])
    return [
        {
            **stored.get(r["id"], {"id": r["id"], "name": r["name"], "variants": {}, "roles": []}),
            "quotes": int(r["quotes"]),
            "articles": int(r["articles"]),
            "outlets": int(r["outlets"]),
            "first_date": r["first_date"],
            "last_date": r["last_date"],
        }
        for r in ranked
    ]


def role_label(role: dict[str, str | None]) -> str:
    """``{"role": "Foreign Minister", "first": "2022-01-14", "last": "2022-02-01"}`` ->
    ``Foreign Minister (2022-01-14..2022-02-01)``: how listings show a dated role."""
    first, last = role.get("first"), role.get("last")
    when = first if first == last else f"{first or '?'}..{last or '?'}"
    return f"{role['role']} ({when})" if when else str(role["role"])


def _entity_data(db: Dialect, ids: list[str]) -> dict[str, dict[str, Any]]:
    rows = db.fetch_in("SELECT entity_id, data FROM speaker_entities WHERE entity_id", ids)
    return {r["entity_id"]: json.loads(r["data"]) for r in rows}
