"""The ``quotewire`` command group and the options every command shares."""

from __future__ import annotations

import os

import click

from quotewire import __version__
from quotewire.options import DEFAULT_DB


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotewire")
def main() -> None:
    """Who said what, when, on what occasion, and who reported it first."""


def db_option(func):  # type: ignore[no-untyped-def]
    """``--db PATH_OR_URL``: SQLite file or ``postgresql://`` URL (default: $QUOTEWIRE_DB)."""
    return click.option(
        "--db",
        default=lambda: os.environ.get("QUOTEWIRE_DB", DEFAULT_DB),
        show_default="quotewire.db or $QUOTEWIRE_DB",
        help="SQLite file or postgresql:// URL.",
    )(func)


def format_option(*choices: str, default: str = "table"):  # type: ignore[no-untyped-def]
    """``--format`` with the given choices."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="Output format.",
    )


def limit_option(what: str):  # type: ignore[no-untyped-def]
    """``--limit N`` (default 20): how many results a listing prints."""
    return click.option(
        "--limit",
        type=click.IntRange(min=1),
        default=20,
        show_default=True,
        help=f"How many {what}.",
    )
