"""Write docs/cli.md from the commands' own --help, so the docs cannot drift from the code.

.venv/bin/python scripts/cli_docs.py          # rewrite docs/cli.md
.venv/bin/python scripts/cli_docs.py --check  # exit 1 when docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quotewire.cli import main

OUT = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def walk(context: click.Context) -> list[click.Context]:
    """The context of every command, each a child of its group's, as the CLI builds them:
    settings such as the group's ``-h`` help option reach the subcommands only that way."""
    found = [context]
    command = context.command
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            child = click.Context(command.commands[name], info_name=name, parent=context)
            found += walk(child)
    return found


def render() -> str:
    parts = [
        "# Command line reference\n",
        "Generated from `--help` by `scripts/cli_docs.py`; do not edit by hand.\n",
    ]
    top = main.make_context("quotewire", [], resilient_parsing=True, terminal_width=100)
    for context in walk(top):
        help_text = context.command.get_help(context)
        parts.append(f"## `{context.command_path}`\n\n```text\n{help_text}\n```\n")
    return "\n".join(parts)


def run() -> int:
    text = render()
    if "--check" in sys.argv:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(run())
