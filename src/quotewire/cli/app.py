"""The ``quotewire`` command group and the options every command shares."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from quotewire import __version__
from quotewire.errors import QuotewireError
from quotewire.options import Settings, load_settings


class _Group(click.Group):
    """Errors quotewire raises on purpose (``QuotewireError``: a bad setting, an unreadable
    store, ...) end any command with their one-line message and exit code 1, never a traceback;
    commands that report per-input errors and go on catch theirs before this.

    A reader that closes the pipe early (``quotewire export | head``) ends the command quietly
    with exit code 0, as ripgrep does: the reader has what it wanted, and a ``set -o pipefail``
    script must not fail for it (click's own handling exited 1 without a word)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # a closed pipe shows here when the output fitted the buffer
        except QuotewireError as error:
            raise click.ClickException(str(error)) from error
        except BrokenPipeError:
            _discard_stdout()
            ctx.exit(0)


def _discard_stdout() -> None:
    """Point stdout at the null device: what is still buffered for the closed pipe would
    fail again when Python flushes it on exit ("Exception ignored ... BrokenPipeError")."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotewire")
def main() -> None:
    """Who said what, when, on what occasion, and who reported it first."""


_SETTINGS = "quotewire.settings"


def cli_settings() -> Settings:
    """The settings (defaults < quotewire.toml < ``QUOTEWIRE_*``) of this command line, read
    once per invocation and kept in the click context: ``--db``'s default and the command
    that needs the rest (``ingest``, ``watch``) share them. A command applies its own flags
    on top (``Settings.with_overrides``), as ``load_settings(**flags)`` would."""
    meta = click.get_current_context().meta
    if _SETTINGS not in meta:
        meta[_SETTINGS] = load_settings()
    settings: Settings = meta[_SETTINGS]
    return settings


def db_option(func):  # type: ignore[no-untyped-def]
    """``--db PATH_OR_URL``: SQLite file or ``postgresql://`` URL. Without the flag the store
    is the settings' ``db``: $QUOTEWIRE_DB, else ``db`` in quotewire.toml's ``[quotewire]``
    table, else quotewire.db (a default read from the environment alone hid the file's)."""
    return click.option(
        "--db",
        default=lambda: cli_settings().db,
        show_default="$QUOTEWIRE_DB, quotewire.toml's db, or quotewire.db",
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
