"""A search as a spreadsheet: every quote matching the filters, one row each, as CSV.

The search page shows 20 quotes at a time and its JSON twin one page; a fact-checker who wants
the whole list in a spreadsheet downloads ``/api/quotes.csv`` with the same filters. Article
text is untrusted, and a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@``
as a formula: such cells are written with a leading apostrophe, which spreadsheets show as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from quotewire.store.export import spreadsheet_cell
from quotewire.web import queries
from quotewire.web.database import Connection
from quotewire.web.views import SearchParams, article_path

MAX_EXPORT_ROWS = 10_000
EXPORT_COLUMNS = (
    "quote_id", "text", "kind", "speaker", "person_id", "speaker_role", "cue", "date",
    "published", "outlet", "title", "url", "article_id", "article_href", "statement_id",
    "statement_articles",
)  # fmt: skip


def search_rows(conn: Connection, params: SearchParams) -> tuple[list[dict[str, Any]], bool]:
    """Up to ``MAX_EXPORT_ROWS`` quotes matching ``params`` (its page is ignored), in the
    search's order, each with its person and statement; and whether more matched (the list was
    cut, which the caller must say)."""
    hits = params.hits(conn.store, limit=MAX_EXPORT_ROWS + 1, offset=0)
    truncated = len(hits) > MAX_EXPORT_ROWS
    hits = hits[:MAX_EXPORT_ROWS]
    ids = [hit.quote_id for hit in hits]
    statements = queries.statements_of_quotes(conn.dialect, ids)
    entities = queries.entities_of_quotes(conn.dialect, ids)
    rows = []
    for hit in hits:
        statement = statements.get(hit.quote_id)
        entity = entities.get(hit.quote_id)
        rows.append(
            {
                **{name: getattr(hit, name, None) for name in EXPORT_COLUMNS},
                "person_id": entity["id"] if entity else None,
                "article_href": article_path(hit.article_id) + f"#quote-{hit.quote_id}",
                "statement_id": statement["id"] if statement else None,
                "statement_articles": statement["articles"] if statement else None,
            }
        )
    return rows, truncated


def to_csv(rows: Iterable[dict[str, Any]]) -> str:
    """The rows as CSV with a header line, every text cell safe to open in a spreadsheet."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(EXPORT_COLUMNS), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: spreadsheet_cell(value) for name, value in row.items()})
    return out.getvalue()
