"""Read-only queries the pages need beyond the ``Store`` API: one speaker's profile, outlets.

Every user value is a parameter; the only SQL pieces put into the text are the dialect's fixed
fragments. Speakers are keyed by name, compared case-insensitively, as ``Store`` does.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from quotewire.store.dialect import Dialect

# A quote's date, else its article's; year-less dates ("--05-14") count as unknown. The same
# rule the store's search filters use.
_DATE = (
    "CASE WHEN COALESCE(q.date, a.published) LIKE '--%' THEN NULL "
    "ELSE substr(COALESCE(q.date, a.published), 1, 10) END"
)
_FROM = "FROM quotes q JOIN articles a ON a.id = q.article_id"

# Mentions that are not a name variant of the speaker.
_NOT_VARIANTS = frozenset({"pronoun"})
MAX_SPEAKER_ROWS = 2000


def speaker_summary(dialect: Dialect, name: str) -> dict[str, Any] | None:
    """How often the speaker is quoted, in how many articles, from when to when."""
    rows = dialect.fetch(
        f"SELECT MIN(q.speaker) AS name, COUNT(*) AS quotes, "
        f"COUNT(DISTINCT q.article_id) AS articles, MIN({_DATE}) AS first_date, "
        f"MAX({_DATE}) AS last_date {_FROM} WHERE {dialect.casefold('q.speaker')} = ?",
        (name.casefold(),),
    )
    if not rows or not rows[0]["quotes"]:
        return None
    row = rows[0]
    return {**row, "quotes": int(row["quotes"]), "articles": int(row["articles"])}


def quotes_per_month(dialect: Dialect, name: str) -> list[dict[str, Any]]:
    """``[{"month": "2022-01", "quotes": 3}, ...]`` in order, months without quotes included."""
    rows = dialect.fetch(
        f"SELECT substr({_DATE}, 1, 7) AS month, COUNT(*) AS quotes {_FROM} "
        f"WHERE {dialect.casefold('q.speaker')} = ? AND {_DATE} IS NOT NULL "
        "GROUP BY substr(" + _DATE + ", 1, 7) ORDER BY month",
        (name.casefold(),),
    )
    counts = {row["month"]: int(row["quotes"]) for row in rows if row["month"]}
    return [{"month": month, "quotes": counts.get(month, 0)} for month in _months(counts)]


def roles_over_time(dialect: Dialect, name: str) -> list[dict[str, Any]]:
    """Each role the speaker was given, with the first and last date it was used."""
    rows = dialect.fetch(
        f"SELECT q.speaker_role AS role, COUNT(*) AS quotes, MIN({_DATE}) AS first_date, "
        f"MAX({_DATE}) AS last_date {_FROM} "
        f"WHERE {dialect.casefold('q.speaker')} = ? AND q.speaker_role IS NOT NULL "
        "GROUP BY q.speaker_role ORDER BY first_date, role",
        (name.casefold(),),
    )
    return [{**row, "quotes": int(row["quotes"])} for row in rows]


def outlets_quoting(dialect: Dialect, name: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """The outlets that quote the speaker, most quotes first."""
    rows = dialect.fetch(
        f"SELECT a.outlet AS outlet, COUNT(*) AS quotes, COUNT(DISTINCT a.id) AS articles "
        f"{_FROM} WHERE {dialect.casefold('q.speaker')} = ? "
        "GROUP BY a.outlet ORDER BY quotes DESC, outlet LIMIT ?",
        (name.casefold(), limit),
    )
    return [
        {**row, "quotes": int(row["quotes"]), "articles": int(row["articles"])} for row in rows
    ]


def name_variants(dialect: Dialect, name: str) -> list[dict[str, Any]]:
    """The words articles use for the speaker ("Sergey Lavrov", "Lavrov", "the minister")."""
    rows = dialect.fetch(
        f"SELECT s.mentions FROM speakers s WHERE {dialect.casefold('s.name')} = ? LIMIT ?",
        (name.casefold(), MAX_SPEAKER_ROWS),
    )
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        for mention in json.loads(row["mentions"] or "[]"):
            kind = mention.get("kind", "name")
            if kind not in _NOT_VARIANTS:
                counts[(" ".join(str(mention.get("text", "")).split()), kind)] += 1
    return [
        {"text": text, "kind": kind, "count": count}
        for (text, kind), count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if text
    ]


def outlets(dialect: Dialect, *, limit: int = 200) -> list[str]:
    """Every outlet in the store, for the search form's choice list."""
    rows = dialect.fetch(
        "SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet "
        "ORDER BY COUNT(*) DESC, outlet LIMIT ?",
        (limit,),
    )
    return [row["outlet"] for row in rows]


def _months(counts: dict[str, int]) -> list[str]:
    """Every month from the first to the last key of ``counts`` ("YYYY-MM")."""
    valid = sorted(m for m in counts if len(m) == 7 and m[:4].isdigit() and m[5:].isdigit())
    if not valid:
        return []
    year, month = int(valid[0][:4]), int(valid[0][5:])
    last = (int(valid[-1][:4]), int(valid[-1][5:]))
    months = []
    while (year, month) <= last and len(months) < 1200:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
