"""What each page shows, as one plain dict: the HTML page renders it, the API returns it.

Views take already-validated parameters and an open read-only connection; they never build
HTML and never see the request, so the same dict is testable without a server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote as quote_path

from quotewire.errors import NotFoundError
from quotewire.quotes.carried_circumstances import carried_from
from quotewire.statements.service import Statements
from quotewire.store import QuoteHit, Store
from quotewire.store.codec import quote_ids
from quotewire.types import Article, Quote
from quotewire.web import queries
from quotewire.web.annotate import QUOTE_KINDS, annotate
from quotewire.web.database import Connection

# Characters of context shown on either side of a search hit.
HIT_CONTEXT = 160
RECENT_QUOTES = 20


@dataclass(frozen=True, slots=True)
class SearchParams:
    """The search form: full text plus filters, all optional, and the page to show."""

    q: str | None = None
    speaker: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    kind: str | None = None
    page: int = 1
    per_page: int = 20

    def to_dict(self) -> dict[str, Any]:
        return {
            "q": self.q, "speaker": self.speaker, "since": self.since, "until": self.until,
            "outlet": self.outlet, "kind": self.kind,
        }  # fmt: skip

    def hits(self, store: Store, *, limit: int, offset: int) -> list[QuoteHit]:
        """The quotes matching the query and filters (the page and the CSV download ask the
        store the same way, so they cannot drift apart)."""
        return store.search(
            self.q, speaker=self.speaker, since=self.since, until=self.until,
            outlet=self.outlet, kind=self.kind, limit=limit, offset=offset,
        )  # fmt: skip


def speaker_path(name: str) -> str:
    return "/speakers/" + quote_path(name, safe="")


def statement_path(statement_id: str) -> str:
    return "/statements/" + quote_path(statement_id, safe=":")


def article_path(article_id: str) -> str:
    return "/articles/" + quote_path(article_id, safe=":")


def search_view(conn: Connection, params: SearchParams) -> dict[str, Any]:
    """One page of quotes matching the query and filters, best match (else newest) first."""
    offset = (params.page - 1) * params.per_page
    hits = params.hits(conn.store, limit=params.per_page + 1, offset=offset)
    shown = hits[: params.per_page]
    ids = [hit.quote_id for hit in shown]
    statements = queries.statements_of_quotes(conn.dialect, ids)
    entities = queries.entities_of_quotes(conn.dialect, ids)
    results = [
        _hit(hit.to_dict(), statements.get(hit.quote_id), entities.get(hit.quote_id))
        for hit in shown
    ]
    return {
        "query": params.to_dict(),
        "page": params.page,
        "per_page": params.per_page,
        "next_page": params.page + 1 if len(hits) > params.per_page else None,
        "previous_page": params.page - 1 if params.page > 1 else None,
        "results": results,
        "outlets": queries.outlets(conn.dialect),
        "kinds": list(QUOTE_KINDS),
        # The speaker filter as a person (a speaker page's "search their quotes" gives the id).
        "person": _person(conn, params.speaker),
        # Counting the whole store is a scan: only the landing page (no query) shows it.
        "stats": None if _filtered(params) else conn.store.stats().to_dict(),
    }


def _person(conn: Connection, speaker: str | None) -> dict[str, str] | None:
    ref = queries.find_entity(conn.dialect, speaker) if speaker else None
    return {"id": ref.id, "name": ref.name, "href": speaker_path(ref.id)} if ref else None


def _filtered(params: SearchParams) -> bool:
    return any(value is not None for value in params.to_dict().values()) or params.page > 1


def speakers_view(conn: Connection, *, page: int, per_page: int) -> dict[str, Any]:
    """Speakers by how often they are quoted."""
    rows = queries.speaker_list(conn.store, limit=per_page + 1, offset=(page - 1) * per_page)
    return {
        "page": page,
        "per_page": per_page,
        "next_page": page + 1 if len(rows) > per_page else None,
        "previous_page": page - 1 if page > 1 else None,
        "speakers": [{**row, "href": speaker_path(row["id"])} for row in rows[:per_page]],
    }


class SpeakerNotFound(NotFoundError):
    """Nobody is quoted under this id or name; ``suggestions`` are people whose names contain
    it, each with the link to their page."""

    def __init__(self, key: str, suggestions: list[dict[str, Any]]) -> None:
        shown = "; ".join(s["name"] for s in suggestions)
        super().__init__(
            f"no quotes by a speaker {key!r}"
            + (f"; people with that name: {shown}" if shown else "")
        )
        self.suggestions = [{**s, "href": speaker_path(s["id"])} for s in suggestions]


def speaker_view(conn: Connection, key: str) -> dict[str, Any] | None:
    """One speaker (entity id or name): name variants, roles over time, quotes per month,
    outlets that quote them, recent quotes."""
    ref = queries.find_speaker(conn.dialect, key)
    if ref is None:
        return None
    recent = queries.recent_quotes(conn.dialect, ref, limit=RECENT_QUOTES)
    # Every recent quote is this speaker's: link them here, not to whoever else has the name.
    entity = {"id": ref.id, "name": ref.name} if ref.entity is not None else None
    statements = queries.statements_of_quotes(conn.dialect, [q["quote_id"] for q in recent])
    return {
        "speaker": {**queries.speaker_summary(conn.dialect, ref), "href": speaker_path(ref.id)},
        "variants": queries.name_variants(conn.dialect, ref),
        "roles": queries.roles_over_time(conn.dialect, ref),
        "timeline": queries.quotes_per_month(conn.dialect, ref),
        "outlets": queries.outlets_quoting(conn.dialect, ref),
        "recent": [
            _hit({"before": "", "after": "", **quote}, statements.get(quote["quote_id"]), entity)
            for quote in recent
        ],
    }


def statements_view(
    conn: Connection,
    *,
    q: str | None,
    speaker: str | None,
    min_outlets: int,
    page: int,
    per_page: int,
) -> dict[str, Any]:
    """Statements printed most widely first (outlets, then appearances); matching ``q``."""
    found = Statements(conn.store).list(
        q, speaker=speaker, min_outlets=min_outlets, limit=per_page + 1,
        offset=(page - 1) * per_page,
    )  # fmt: skip
    shown = found[:per_page]
    entities = queries.entities_of_quotes(
        conn.dialect, [a.quote_id for statement in shown for a in statement.appearances]
    )
    statements = []
    for statement in shown:
        data = statement.to_dict()
        data["href"] = statement_path(statement.id)
        data["speaker_href"] = _statement_speaker_href(data, entities)
        del data["appearances"]
        statements.append(data)
    return {
        "query": {"q": q, "speaker": speaker, "min_outlets": min_outlets},
        "page": page,
        "per_page": per_page,
        "next_page": page + 1 if len(found) > per_page else None,
        "previous_page": page - 1 if page > 1 else None,
        "statements": statements,
    }


def statement_view(conn: Connection, statement_id: str) -> dict[str, Any]:
    """One statement: its longest wording, who said it, and every appearance in time order
    with the first one and the republications marked. Raises ``NotFoundError``."""
    data = Statements(conn.store).provenance(statement_id)
    appearances = data["appearances"]
    titles = queries.article_titles(conn.dialect, sorted({a["article_id"] for a in appearances}))
    entities = queries.entities_of_quotes(conn.dialect, [a["quote_id"] for a in appearances])
    earlier: set[str] = set()
    for position, appearance in enumerate(appearances):
        appearance["first"] = position == 0
        # A second wording in an article already listed is that article again, not another
        # printing: "printed independently" would count one report twice.
        appearance["same_article"] = appearance["article_id"] in earlier
        earlier.add(appearance["article_id"])
        appearance["title"] = titles.get(appearance["article_id"])
        appearance["article_href"] = (
            article_path(appearance["article_id"]) + f"#quote-{appearance['quote_id']}"
        )
        entity = entities.get(appearance["quote_id"])
        appearance["person_id"] = entity["id"] if entity else None
        appearance["speaker_href"] = _speaker_href(appearance["speaker"], entity)
    data["counts"]["articles"] = len(earlier)
    data["speaker_href"] = _statement_speaker_href(data, entities)
    return data


def article_view(conn: Connection, article_id: str) -> dict[str, Any]:
    """A stored article with its quotes highlighted; raises ``NotFoundError`` when absent."""
    article = conn.store.article(article_id)
    ids = quote_ids(article.id or article_id, article.quotes)
    statements = queries.statements_of_quotes(conn.dialect, ids)
    entities = queries.entities_of_quotes(conn.dialect, ids)
    # Keyed by the Quote objects themselves: annotate hands back the article's own quotes.
    entity_of = {
        id(quote): entities.get(qid) for quote, qid in zip(article.quotes, ids, strict=True)
    }

    def speaker_href(quote: Quote) -> str | None:
        return _speaker_href(quote.speaker, entity_of.get(id(quote)))

    data = annotated_article(article, speaker_href)
    for quote, quote_id in zip(data["quotes"], ids, strict=True):
        quote["id"] = quote_id
        quote["statement"] = statements.get(quote_id)
        quote["person_id"] = entities[quote_id]["id"] if quote_id in entities else None
    return data


def annotated_article(
    article: Article, speaker_href: Callable[[Quote], str | None] | None = None
) -> dict[str, Any]:
    """The article's metadata, quotes and speakers, and its text cut into highlighted pieces."""
    data = article.to_dict(include_text=True)
    for number, quote in enumerate(data["quotes"], 1):
        quote["number"] = number
        quote["speaker_href"] = speaker_href(article.quotes[number - 1]) if speaker_href else None
        source = carried_from(article.quotes, article.quotes[number - 1])
        quote["carried_from_number"] = source + 1 if source is not None else None
    data["annotated"] = annotate(article, speaker_href)
    data["counts"] = {
        kind: sum(1 for q in article.quotes if q.kind == kind) for kind in QUOTE_KINDS
    }
    return data


def _hit(
    hit: dict[str, Any],
    statement: dict[str, Any] | None = None,
    entity: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A search hit with short context and the links a result list needs; ``entity`` is the
    person its speaker was resolved to (``queries.entities_of_quotes``)."""
    before, after = hit["before"], hit["after"]
    if len(before) > HIT_CONTEXT:
        cut = before[-HIT_CONTEXT:]
        before = "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut
    if len(after) > HIT_CONTEXT:
        cut = after[:HIT_CONTEXT]
        after = (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"
    return {
        **hit,
        "before": before,
        "after": after,
        "article_href": article_path(hit["article_id"]) + f"#quote-{hit['quote_id']}",
        "person_id": entity["id"] if entity else None,
        "speaker_href": _speaker_href(hit["speaker"], entity),
        "statement": statement,
    }


def _speaker_href(name: str | None, entity: dict[str, str] | None) -> str | None:
    """The page of the person a quote's speaker was resolved to, else of the name as written."""
    if entity is not None:
        return speaker_path(entity["id"])
    return speaker_path(name) if name else None


def _statement_speaker_href(
    statement: dict[str, Any], entities: dict[str, dict[str, str]]
) -> str | None:
    """The page of the person a statement is attributed to: the entity of its earliest
    appearance with that name (the name alone may belong to several people)."""
    name = statement["speaker"]
    for appearance in statement["appearances"]:
        entity = entities.get(appearance["quote_id"])
        if entity is not None and entity["name"] == name:
            return speaker_path(entity["id"])
    return speaker_path(name) if name else None
