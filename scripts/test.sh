#!/usr/bin/env bash
# Install everything the tests need (venv, PostgreSQL, Chromium) and run lint + the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev,dask
if [ -z "${QUOTEWIRE_TEST_PG:-}" ]; then
    QUOTEWIRE_TEST_PG="$(bash scripts/postgres.sh)"
    export QUOTEWIRE_TEST_PG
fi
if [ -f scripts/browser.sh ]; then
    bash scripts/browser.sh
fi
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/python -m pytest "$@"
