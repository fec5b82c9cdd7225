"""The ``quotewire`` command group and the options every command shares."""

from __future__ import annotations

import os
from typing import Any

import click

from quotewire import __version__
from quotewire.errors import QuotewireError
from quotewire.options import DEFAULT_DB


class _Group(click.Group):
    """Errors quotewire raises on purpose (``QuotewireError``: a bad setting, an unreadable
    store, ...) end any command with their one-line message and exit code 1, never a traceback;
    commands that report per-input errors and go on catch theirs before this."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QuotewireError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
