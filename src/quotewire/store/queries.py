"""The read queries: ranked quote search with filters, and speakers by how often quoted.

Every value a user gives travels as a parameter; only the dialect's fixed SQL fragments are
put into the text of a query.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from quotewire.read.outlets import outlet_spellings
from quotewire.store.dialect import Dialect, fold, placeholders
from quotewire.store.records import QuoteHit, SpeakerSummary

CONTEXT_CHARS = 240

# A date to filter on: the quote's own date, else the article's; year-less dates never match.
EFFECTIVE_DATE = (
    "CASE WHEN COALESCE(q.date, a.published) LIKE '--%' THEN NULL "
    "ELSE substr(COALESCE(q.date, a.published), 1, 10) END"
)

_HIT_COLUMNS = f"""
    q.id AS quote_id, q.article_id, q.text, q.kind, q.speaker, q.speaker_role, q.cue,
    q.confidence, q.date, q.occasion, q.start_offset, q.end_offset,
    a.published, a.title, a.url, a.outlet, a.language,
    substr(a.text,
           CASE WHEN q.start_offset > {CONTEXT_CHARS} THEN q.start_offset - {CONTEXT_CHARS - 1}
                ELSE 1 END,
           CASE WHEN q.start_offset > {CONTEXT_CHARS} THEN {CONTEXT_CHARS}
                ELSE q.start_offset END) AS before,
    substr(a.text, q.end_offset + 1, {CONTEXT_CHARS}) AS after
"""


@dataclass(frozen=True, slots=True)
class Filters:
    """Conditions on quotes ``q`` joined to their article ``a``; all of them must hold."""

    speaker: str | None = None
    speaker_exact: bool = False
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    kind: str | None = None

    @property
    def needs_articles(self) -> bool:
        """Whether a condition reads the article ``a`` (dates fall back to its publication)."""
        return bool(self.since or self.until or self.outlet)

    def sql(self, dialect: Dialect) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if self.speaker:
            if self.speaker_exact:
                where.append(f"{dialect.casefold('q.speaker')} = ?")
                params.append(fold(self.speaker))
            else:
                # The name the article gave, or its person entity's: "George W. Bush" also
                # finds the quotes of an article that wrote only "Bush" when identity
                # resolution made that Bush him (``quotewire.statements.speaker_registry``).
                # The entities' names are matched once, not once per quote. A person's id
                # ("sp-…", the web's speaker pages) is that person alone: several people are
                # called "the government".
                where.append(
                    f"({dialect.casefold('q.speaker')} LIKE ? ESCAPE '\\' OR "
                    "(q.article_id, q.speaker_id) IN (SELECT article_id, speaker_id "
                    "FROM speaker_identities "
                    f"WHERE {dialect.casefold('entity_name')} LIKE ? ESCAPE '\\' "
                    "OR entity_id = ?))"
                )
                needle = f"%{_escape_like(fold(self.speaker))}%"
                params += [needle, needle, self.speaker]
        if self.since:
            where.append(f"{EFFECTIVE_DATE} >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"{EFFECTIVE_DATE} <= ?")
            params.append(_last_day(self.until))
        if self.outlet:
            # Every name and host of a known organisation: "Wikinews" also finds articles
            # stored as en.wikinews.org (read.outlets).
            names = sorted({fold(self.outlet), *map(fold, outlet_spellings(self.outlet))})
            where.append(f"{dialect.casefold('a.outlet')} IN ({placeholders(len(names))})")
            params.extend(names)
        if self.kind:
            where.append("q.kind = ?")
            params.append(self.kind)
        return where, params


def search(
    dialect: Dialect, query: str | None, filters: Filters, *, limit: int, offset: int
) -> list[QuoteHit]:
    """Quotes matching ``query`` best first (bm25 / ts_rank); without a query, newest first."""
    where, params = filters.sql(dialect)
    joins, join_params, score = "", [], "NULL"
    if query and re.search(r"\w", query):
        match = dialect.text_match(query)
        joins, join_params, score = match.joins, list(match.join_params), match.score
        where.insert(0, match.where)
        params[:0] = match.where_params
        order = "score DESC, a.published DESC, q.seq"
    else:
        order = f"{EFFECTIVE_DATE} DESC NULLS LAST, q.seq"
    sql = f"""
        SELECT {_HIT_COLUMNS}, {score} AS score
        FROM quotes q JOIN articles a ON a.id = q.article_id {joins}
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY {order}
        LIMIT ? OFFSET ?
    """
    rows = dialect.fetch(sql, [*join_params, *params, limit, offset])
    return [_hit(row) for row in rows]


def speakers(
    dialect: Dialect, filters: Filters, *, top: int, offset: int = 0
) -> list[SpeakerSummary]:
    """Speaker names by number of quotes, with article counts, roles and first/last date.

    Two steps, so that a large store stays quick: rank the names (from the index on
    ``quotes (speaker, article_id)`` when no filter needs the articles), then gather roles and
    dates for the names on this page only.
    """
    where, params = filters.sql(dialect)
    where.insert(0, "q.speaker IS NOT NULL")
    join = "JOIN articles a ON a.id = q.article_id" if filters.needs_articles else ""
    ranked = dialect.fetch(
        f"""
        SELECT q.speaker AS name, COUNT(*) AS quotes, COUNT(DISTINCT q.article_id) AS articles
        FROM quotes q {join}
        WHERE {" AND ".join(where)}
        GROUP BY q.speaker
        ORDER BY quotes DESC, articles DESC, name
        LIMIT ? OFFSET ?
        """,
        [*params, top, offset],
    )
    if not ranked:
        return []
    names = [row["name"] for row in ranked]
    details = dialect.fetch(
        f"""
        SELECT q.speaker AS name, {dialect.distinct_list("q.speaker_role")} AS roles,
               MIN({EFFECTIVE_DATE}) AS first_date, MAX({EFFECTIVE_DATE}) AS last_date
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker IN ({placeholders(len(names))}) AND {" AND ".join(where)}
        GROUP BY q.speaker
        """,
        [*names, *params],
    )
    by_name = {row["name"]: row for row in details}
    return [
        SpeakerSummary(
            name=row["name"],
            quotes=int(row["quotes"]),
            articles=int(row["articles"]),
            roles=sorted(_split_list(by_name[row["name"]]["roles"])),
            first_date=by_name[row["name"]]["first_date"],
            last_date=by_name[row["name"]]["last_date"],
        )
        for row in ranked
    ]


def _split_list(value: str | None) -> list[str]:
    return [item for item in json.loads(value or "[]") if item]


def _hit(row: dict[str, Any]) -> QuoteHit:
    before = row["before"] or ""
    after = row["after"] or ""
    return QuoteHit(
        quote_id=row["quote_id"],
        article_id=row["article_id"],
        text=row["text"],
        kind=row["kind"],
        speaker=row["speaker"],
        speaker_role=row["speaker_role"],
        cue=row["cue"],
        confidence=float(row["confidence"]),
        date=row["date"],
        occasion=row["occasion"],
        start=int(row["start_offset"]),
        end=int(row["end_offset"]),
        published=row["published"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        language=row["language"],
        before=before[before.rfind("\n\n") + 2 :] if "\n\n" in before else before,
        after=after.split("\n\n", 1)[0],
        score=float(row["score"]) if row["score"] is not None else None,
    )


def _last_day(date: str) -> str:
    """``2020`` -> ``2020-12-31``, ``2020-02`` -> ``2020-02-31``: an inclusive upper bound."""
    return {4: date + "-12-31", 7: date + "-31"}.get(len(date), date)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
