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
