#!/usr/bin/env bash
# The main job, end to end: install quotewire, ingest the sample corpus into quotewire.db,
# then show who is quoted most and one full-text search.
#
#   scripts/main.sh                 # uses ./quotewire.db (or $QUOTEWIRE_DB)
#   QUOTEWIRE_DB=postgresql://... scripts/main.sh
#
# Running it again is quick: stored articles are recognised and not extracted again.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
quotewire=.venv/bin/quotewire

echo "== quotewire ingest samples/wikinews-en-sample.jsonl"
# An article that fails is reported and the rest is stored: show the results anyway, and
# end with ingest's exit code.
status=0
"$quotewire" ingest samples/wikinews-en-sample.jsonl || status=$?
echo
echo "== quotewire speakers --top 10"
"$quotewire" speakers --top 10
echo
echo '== quotewire search "election" --limit 5'
"$quotewire" search "election" --limit 5
exit $status
