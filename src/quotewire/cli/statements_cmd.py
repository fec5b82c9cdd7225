"""``quotewire statements | provenance | speakers | speakers merge | speakers split``.

Thin commands over ``quotewire.statements.service.Statements``. Each opens the store for
writing and first indexes any stored article that is not indexed yet (``catch_up``), so the
answers cover everything ingested, however it was loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from quotewire.cli.app import db_option, format_option, limit_option, main
from quotewire.cli.ingest_cmd import date_prefix, open_store
from quotewire.cli.output import print_csv, print_json, print_table
from quotewire.statements.provenance import Appearance, Statement
from quotewire.statements.service import Statements
from quotewire.statements.speaker_registry import role_label

STATEMENT_COLUMNS = ("id", "outlets", "independent", "appearances", "first_seen", "speaker", "text")
TIMELINE_COLUMNS = ("published", "outlet", "status", "speaker", "text", "article_id")
ENTITY_COLUMNS = ("name", "articles", "variants", "roles", "id")
SPEAKER_COLUMNS = ("name", "variants", "quotes", "articles", "outlets", "roles", "first_date",
                   "last_date")  # fmt: skip
SPEAKER_CSV_COLUMNS = ("id", *SPEAKER_COLUMNS)
TEXT_SHOWN = 160
SHORT_ID = 12


@contextmanager
def statements_service(db: str) -> Iterator[Statements]:
    """The service over an open, caught-up store (its errors are printed in one line by the
    command group, ``cli.app._Group``)."""
    with open_store(db) as store:
        service = Statements(store)
        service.catch_up()
        yield service


@main.command("statements", short_help="One statement across articles and outlets.")
@click.argument("query", required=False)
@db_option
@click.option("--speaker", help="Only statements whose speaker (or speaker entity) matches.")
@click.option(
    "--min-outlets",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Only statements printed by at least this many outlets.",
)
@limit_option("statements")
@format_option("table", "json")
def statements_command(query: str | None, db: str, speaker: str | None, min_outlets: int,
                       limit: int, fmt: str) -> None:  # fmt: skip
    """One statement across articles and outlets: appearance counts (all, and independent of
    republications) and who printed it first. QUERY searches the quotes' words."""
    with statements_service(db) as service:
        found = service.list(query, speaker=speaker, min_outlets=min_outlets, limit=limit)
    if fmt == "json":
        print_json([s.to_dict() for s in found])
        return
    print_table([_statement_row(s) for s in found], STATEMENT_COLUMNS,
                title=f"Statements ({len(found)})", styles={"id": "dim"})  # fmt: skip


@main.command("provenance", short_help="Every appearance of one statement, earliest first.")
@click.argument("statement_id")
@db_option
@format_option("table", "json")
def provenance_command(statement_id: str, db: str, fmt: str) -> None:
    """Timeline of one statement: every appearance in order, originals and republications.
    STATEMENT_ID may be a unique prefix (6+ characters) of the id `statements` shows."""
    with statements_service(db) as service:
        data = service.provenance(statement_id)
        statement = service.get(statement_id)
    if fmt == "json":
        print_json(data)
        return
    click.echo(f"{statement.id}: {statement.text}")
    click.echo(
        f"speaker: {statement.speaker or '-'}; {len(statement.appearances)} appearances, "
        f"{statement.outlets} outlets, {statement.independent_outlets} independent"
    )
    print_table([_timeline_row(a) for a in statement.appearances], TIMELINE_COLUMNS,
                title="Timeline (earliest first)", styles={"outlet": "bold"})  # fmt: skip


@main.group("speakers", invoke_without_command=True)
@db_option
@click.option("--name", help="Only people with a name variant containing this (any case).")
@click.option(
    "--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many people."
)
@click.option("--since", help="Only quotes on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only quotes on or before this date (YYYY-MM-DD).")
@click.option("--outlet", help="Only articles from this outlet.")
@format_option("table", "json", "csv")
@click.pass_context
def speakers_command(ctx: click.Context, db: str, name: str | None, top: int, since: str | None,
                     until: str | None, outlet: str | None, fmt: str) -> None:  # fmt: skip
    """Who is quoted most, one row per person merged across articles.

    "Sergey Lavrov", "Sergei Lavrov" and "FM Lavrov" are one row, with the name variants,
    quote / article / outlet counts, dated roles, first and last date. The subcommands merge
    and split correct the merging."""
    if ctx.invoked_subcommand is not None:
        return
    since, until = date_prefix(since, "--since"), date_prefix(until, "--until")
    with statements_service(db) as service:
        found = service.speakers(name, top=top, since=since, until=until, outlet=outlet)
    if fmt == "json":
        print_json(found)
        return
    rows = [
        {
            **e,
            "name": e["name"] + (" (ambiguous)" if e.get("ambiguous") else ""),
            "variants": list(e["variants"]),
            "roles": [role_label(r) for r in e["roles"]],
        }
        for e in found
    ]
    if fmt == "csv":
        print_csv(rows, SPEAKER_CSV_COLUMNS)
        return
    print_table(rows, SPEAKER_COLUMNS, title="Most quoted speakers", styles={"name": "bold"})


@speakers_command.command("merge")
@click.argument("first")
@click.argument("second")
@db_option
@format_option("table", "json")
def speaker_merge_command(first: str, second: str, db: str, fmt: str) -> None:
    """Make FIRST and SECOND (names or entity ids) one person. Kept as a rule: it holds
    after re-ingest."""
    with statements_service(db) as service:
        entities = service.merge_speakers(first, second)
    _print_entities(entities, fmt, f"merged {first} and {second}")


@speakers_command.command("split")
@click.argument("entity")
@click.argument("variant")
@db_option
@format_option("table", "json")
def speaker_split_command(entity: str, variant: str, db: str, fmt: str) -> None:
    """Take the records written VARIANT out of ENTITY (a name or entity id) into a person of
    their own. Kept as a rule: it holds after re-ingest."""
    with statements_service(db) as service:
        entities = service.split_speaker(entity, variant)
    _print_entities(entities, fmt, f"split {variant} from {entity}")


def _print_entities(entities: list, fmt: str, title: str) -> None:  # type: ignore[type-arg]
    data = [e.to_dict() for e in entities]
    if fmt == "json":
        print_json(data)
        return
    rows = [
        {**d, "variants": list(d["variants"]), "roles": [role_label(r) for r in d["roles"]]}
        for d in data
    ]
    print_table(rows, ENTITY_COLUMNS, title=title, styles={"name": "bold"})


def _statement_row(statement: Statement) -> dict[str, object]:
    first = statement.first_seen
    return {
        "id": statement.id[:SHORT_ID],
        "outlets": statement.outlets,
        "independent": statement.independent_outlets,
        "appearances": len(statement.appearances),
        "first_seen": f"{first.published or '?'} {first.outlet or first.article_id}",
        "speaker": statement.speaker,
        "text": _shorten(statement.text),
    }


def _timeline_row(appearance: Appearance) -> dict[str, object]:
    if appearance.republication_of:
        status = f"republication of {appearance.republication_of}"
    elif appearance.republished_from:
        status = f"credits {appearance.republished_from}"
    else:
        status = "independent"
    return {
        "published": appearance.published,
        "outlet": appearance.outlet,
        "status": status,
        "speaker": appearance.speaker_entity or appearance.speaker,
        "text": _shorten(appearance.text),
        "article_id": appearance.article_id,
    }


def _shorten(text: str) -> str:
    return text if len(text) <= TEXT_SHOWN else text[: TEXT_SHOWN - 1] + "…"
