#!/usr/bin/env bash
# Create .venv in the repository root (if missing) and install quotewire into it.
# Usage: scripts/setup.sh [EXTRAS]   e.g. scripts/setup.sh dev,dask
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ -n "$extras" ]; then
    .venv/bin/python -m pip install --quiet -e ".[${extras}]"
else
    .venv/bin/python -m pip install --quiet -e .
fi
