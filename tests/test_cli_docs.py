"""Every command is documented: docs/cli.md is generated from --help and must be current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "cli_docs.py"), "--check"], cwd=ROOT, check=False
    )
    assert result.returncode == 0, "docs/cli.md is stale: run .venv/bin/python scripts/cli_docs.py"


def test_cli_reference_has_the_options_the_commands_take() -> None:
    """Subcommands inherit the group's ``-h``; help rendered without the parent context lost it."""
    from click.testing import CliRunner

    from quotewire.cli import main

    blocks = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8").split("\n## `")[1:]
    assert len(blocks) == 13
    for block in blocks:
        args = block.split("`", 1)[0].split()[1:]
        assert (
            "-h, --help" in block and "-h, --help" in CliRunner().invoke(main, [*args, "-h"]).output
        )
