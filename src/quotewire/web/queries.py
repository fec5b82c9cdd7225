"""Read-only queries the pages need beyond the ``Store`` API: speakers and their profiles.

A speaker is a person entity when ``quotewire.statements`` has resolved identities (then
"Bush" and "George W. Bush" are one page), else a name as the articles wrote it, compared
case-insensitively as ``Store`` does. Every user value is a parameter; only fixed SQL
fragments are put into the text of a query.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from quotewire.read.outlets import canonical_outlet
from quotewire.statements import speaker_registry
from quotewire.statements.rows import PENDING
from quotewire.statements.speaker_registry import role_label
from quotewire.store import Store
from quotewire.store.dialect import Dialect, fold, placeholders
from quotewire.store.queries import EFFECTIVE_DATE as _DATE

_FROM = "FROM quotes q JOIN articles a ON a.id = q.article_id"
_IDENTITY = "si.article_id = q.article_id AND si.speaker_id = q.speaker_id"
_NOT_VARIANTS = frozenset({"pronoun"})
MAX_SPEAKER_ROWS = 2000
MAX_MONTHS = 1200


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """Which quotes are one speaker's: ``condition`` (SQL over quotes ``q``) with ``params``."""

    id: str
    name: str
    entity: dict[str, Any] | None
    condition: str
    params: tuple[Any, ...]


def find_entity(dialect: Dialect, entity_id: str) -> SpeakerRef | None:
    """The person entity with exactly this id, or ``None``."""
    rows = dialect.fetch(
        "SELECT entity_id, data FROM speaker_entities WHERE entity_id = ?", (entity_id,)
    )
    return _entity_ref(rows[0]) if rows else None


def _entity_ref(row: dict[str, Any]) -> SpeakerRef:
    entity = json.loads(row["data"])
    condition = (
        f"EXISTS (SELECT 1 FROM speaker_identities si WHERE {_IDENTITY} AND si.entity_id = ?)"
    )
    return SpeakerRef(row["entity_id"], entity["name"], entity, condition, (row["entity_id"],))


def find_speaker(dialect: Dialect, key: str) -> SpeakerRef | None:
    """The speaker with this entity id, or the entity most records of this name belong to,
    or else the plain name; ``None`` when nobody by that id or name is quoted."""
    found = find_entity(dialect, key)
    if found is not None:
        return found
    rows = dialect.fetch(
        "SELECT e.entity_id, e.data FROM speaker_identities si "
        "JOIN speakers s ON s.article_id = si.article_id AND s.id = si.speaker_id "
        "JOIN speaker_entities e ON e.entity_id = si.entity_id "
        f"WHERE {dialect.casefold('s.name')} = ? "
        "GROUP BY e.entity_id, e.data ORDER BY COUNT(*) DESC, e.entity_id LIMIT 1",
        (fold(key),),
    )
    if rows:
        return _entity_ref(rows[0])
    named = dialect.fetch(
        f"SELECT MIN(q.speaker) AS name FROM quotes q WHERE {dialect.casefold('q.speaker')} = ?",
        (fold(key),),
    )
    if not named or named[0]["name"] is None:
        return None
    return SpeakerRef(named[0]["name"], named[0]["name"], None,
                      f"{dialect.casefold('q.speaker')} = ?", (fold(key),))  # fmt: skip


def has_identities(dialect: Dialect) -> bool:
    return bool(dialect.fetch("SELECT 1 AS found FROM speaker_identities LIMIT 1"))


def speaker_list(store: Store, *, limit: int, offset: int) -> list[dict[str, Any]]:
    """Speakers by number of quotes: the person entities of ``Statements.speakers`` when
    identities are resolved, else names as written (``Store.speakers``)."""
    if has_identities(store.dialect):
        entities = speaker_registry.ranked_entities(store.dialect, top=limit, offset=offset)
        return [
            {**e, "variants": list(e["variants"]), "roles": [role_label(r) for r in e["roles"]]}
            for e in entities
        ]
    return [{"id": s.name, **s.to_dict()} for s in store.speakers(top=limit, offset=offset)]


def speaker_summary(dialect: Dialect, ref: SpeakerRef) -> dict[str, Any]:
    """How often the speaker is quoted, in how many articles, from when to when."""
    row = dialect.fetch(
        f"SELECT COUNT(*) AS quotes, COUNT(DISTINCT q.article_id) AS articles, "
        f"MIN({_DATE}) AS first_date, MAX({_DATE}) AS last_date {_FROM} WHERE {ref.condition}",
        ref.params,
    )[0]
    return {
        "id": ref.id,
        "name": ref.name,
        "entity": ref.entity is not None,
        "quotes": int(row["quotes"]),
        "articles": int(row["articles"]),
        "first_date": row["first_date"],
        "last_date": row["last_date"],
    }


def quotes_per_month(dialect: Dialect, ref: SpeakerRef) -> list[dict[str, Any]]:
    """``[{"month": "2022-01", "quotes": 3}, ...]`` in order, months without quotes included."""
    month = f"substr({_DATE}, 1, 7)"
    rows = dialect.fetch(
        f"SELECT {month} AS month, COUNT(*) AS quotes {_FROM} "
        f"WHERE {ref.condition} AND {_DATE} IS NOT NULL GROUP BY {month}",
        ref.params,
    )
    counts = {row["month"]: int(row["quotes"]) for row in rows if row["month"]}
    return [{"month": m, "quotes": counts.get(m, 0)} for m in _months(counts)]


def roles_over_time(dialect: Dialect, ref: SpeakerRef) -> list[dict[str, Any]]:
    """Each role articles gave the speaker, with the first and last date it was used."""
    rows = dialect.fetch(
        f"SELECT q.speaker_role AS role, COUNT(*) AS quotes, MIN({_DATE}) AS first_date, "
        f"MAX({_DATE}) AS last_date {_FROM} "
        f"WHERE {ref.condition} AND q.speaker_role IS NOT NULL "
        "GROUP BY q.speaker_role ORDER BY first_date, role",
        ref.params,
    )
    return [{**row, "quotes": int(row["quotes"])} for row in rows]


def outlets_quoting(dialect: Dialect, ref: SpeakerRef, *, limit: int = 20) -> list[dict[str, Any]]:
    """The outlets that quote the speaker, most quotes first; an outlet stored under two
    names ("Wikinews", "en.wikinews.org") is one row (``read.outlets.canonical_outlet``)."""
    rows = dialect.fetch(
        f"SELECT a.outlet AS outlet, COUNT(*) AS quotes, COUNT(DISTINCT a.id) AS articles "
        f"{_FROM} WHERE {ref.condition} GROUP BY a.outlet",
        ref.params,
    )
    merged: dict[str | None, dict[str, Any]] = {}
    for r in rows:
        name = canonical_outlet(r["outlet"])
        row = merged.setdefault(name, {"outlet": name, "quotes": 0, "articles": 0})
        row["quotes"] += int(r["quotes"])
        row["articles"] += int(r["articles"])  # an article has one outlet: no overlap
    ranked = sorted(merged.values(), key=lambda r: (-r["quotes"], r["outlet"] or ""))
    return ranked[:limit]


def recent_quotes(dialect: Dialect, ref: SpeakerRef, *, limit: int) -> list[dict[str, Any]]:
    """The speaker's latest quotes with their articles, newest first."""
    return dialect.fetch(
        f"SELECT q.id AS quote_id, q.article_id, q.text, q.kind, q.speaker, q.speaker_role, "
        f"q.cue, q.date, a.published, a.title, a.outlet, a.url {_FROM} WHERE {ref.condition} "
        f"ORDER BY {_DATE} DESC NULLS LAST, q.seq LIMIT ?",
        (*ref.params, limit),
    )


def name_variants(dialect: Dialect, ref: SpeakerRef) -> list[dict[str, Any]]:
    """The names articles use for the speaker ("Sergey Lavrov", "Lavrov", "the minister")."""
    if ref.entity is not None:
        counts = Counter({str(k): int(v) for k, v in ref.entity.get("variants", {}).items()})
    else:
        counts = _mention_counts(dialect, ref.name)
    return [
        {"text": text, "count": count}
        for text, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if text
    ]


def outlets(dialect: Dialect, *, limit: int = 200) -> list[str]:
    """Every outlet in the store, by its one name, for the search form's choice list."""
    rows = dialect.fetch(
        "SELECT outlet, COUNT(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet"
    )
    counts: Counter[str] = Counter()
    for row in rows:
        counts[canonical_outlet(row["outlet"]) or row["outlet"]] += int(row["n"])
    return [name for name, _ in sorted(counts.items(), key=lambda i: (-i[1], i[0]))[:limit]]


def _mention_counts(dialect: Dialect, name: str) -> Counter[str]:
    rows = dialect.fetch(
        f"SELECT s.mentions FROM speakers s WHERE {dialect.casefold('s.name')} = ? LIMIT ?",
        (fold(name), MAX_SPEAKER_ROWS),
    )
    counts: Counter[str] = Counter()
    for row in rows:
        for mention in json.loads(row["mentions"] or "[]"):
            if mention.get("kind", "name") not in _NOT_VARIANTS:
                counts[" ".join(str(mention.get("text", "")).split())] += 1
    return counts


def _months(counts: dict[str, int]) -> list[str]:
    """Every month from the first to the last key of ``counts`` ("YYYY-MM")."""
    valid = sorted(m for m in counts if len(m) == 7 and m[:4].isdigit() and m[5:].isdigit())
    if not valid:
        return []
    year, month = int(valid[0][:4]), int(valid[0][5:])
    last = (int(valid[-1][:4]), int(valid[-1][5:]))
    months: list[str] = []
    while (year, month) <= last and len(months) < MAX_MONTHS:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def statements_of_quotes(dialect: Dialect, quote_ids: list[str]) -> dict[str, dict[str, Any]]:
    """For each quote that belongs to an indexed statement: the statement's id and how many
    articles print it (any number of quotes: ``fetch_in`` reads them in chunks)."""
    rows = dialect.fetch_in(
        "SELECT sa.quote_id, f.statement_id, "
        "(SELECT COUNT(DISTINCT sa2.article_id) FROM statement_appearances sa2 "
        " JOIN statement_forms f2 ON f2.form_key = sa2.form_key "
        " WHERE f2.statement_id = f.statement_id) AS articles "
        "FROM statement_appearances sa JOIN statement_forms f ON f.form_key = sa.form_key "
        "WHERE sa.quote_id",
        quote_ids,
    )
    return {r["quote_id"]: {"id": r["statement_id"], "articles": int(r["articles"])} for r in rows}


def entities_of_quotes(dialect: Dialect, quote_ids: list[str]) -> dict[str, dict[str, str]]:
    """For each quote whose speaker identity resolution placed: ``{"id", "name"}`` of the person
    entity. Links go to the entity, not to the name: several people are called "the
    government" or "Smith", and a name opens only the entity most of its records belong to."""
    # In chunks (``fetch_in``): a widely printed statement has more appearances than SQLite
    # has parameters.
    rows = dialect.fetch_in(
        "SELECT q.id AS quote_id, si.entity_id, si.entity_name FROM quotes q "
        f"JOIN speaker_identities si ON {_IDENTITY} WHERE q.id",
        quote_ids,
    )
    return {
        r["quote_id"]: {"id": r["entity_id"], "name": r["entity_name"]}
        for r in rows
        if not r["entity_id"].startswith(PENDING)
    }


def speaker_suggestions(dialect: Dialect, key: str, *, limit: int = 5) -> list[dict[str, Any]]:
    """People whose names contain ``key`` ("Lavrov" -> Sergey Lavrov), most quoted first: what
    a speaker page that found nobody by that exact id or name offers instead."""
    if not key.strip() or not has_identities(dialect):
        return []
    entities = speaker_registry.ranked_entities(dialect, key, top=limit)
    return [{"id": e["id"], "name": e["name"], "quotes": e["quotes"]} for e in entities]


def article_titles(dialect: Dialect, article_ids: list[str]) -> dict[str, str | None]:
    if not article_ids:
        return {}
    marks = placeholders(len(article_ids))
    rows = dialect.fetch(
        f"SELECT id, title FROM articles WHERE id IN ({marks})", tuple(article_ids)
    )
    return {row["id"]: row["title"] for row in rows}
