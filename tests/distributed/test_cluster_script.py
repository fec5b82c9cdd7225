"""scripts/dask-cluster.sh names what is missing instead of failing with "command not found"."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

CLUSTER_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "dask-cluster.sh"


def test_start_without_the_dask_tools_says_what_to_install(tmp_path) -> None:  # type: ignore[no-untyped-def]
    environment = {**os.environ, "DASK": str(tmp_path / "no-such-dask")}
    result = subprocess.run(
        ["bash", str(CLUSTER_SCRIPT), "start", str(tmp_path / "state")],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert result.returncode == 2
    assert "no-such-dask not found" in result.stderr
    assert "scripts/setup.sh dask" in result.stderr
    assert not (tmp_path / "state").exists()  # nothing started, nothing left behind
