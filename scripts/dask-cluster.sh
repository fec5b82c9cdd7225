#!/usr/bin/env bash
# A real Dask cluster on this machine for quotewire's distributed ingest and its tests:
# one `dask scheduler` and DASK_WORKERS (default 2) `dask worker` processes (1 thread each),
# all on 127.0.0.1, started with the dask command-line tools.
#
#   scripts/dask-cluster.sh start [STATE_DIR]   # waits until every worker is up, prints tcp://...
#   scripts/dask-cluster.sh stop  [STATE_DIR]   # stops exactly the processes it started
#
# STATE_DIR (default $QUOTEWIRE_DASK_STATE or /tmp/quotewire-dask) holds the pid files, logs,
# the workers' scratch folders and the file `address`. Each process runs in its own session,
# so `stop` ends a worker's nanny and the worker process under it together.
set -euo pipefail

command=${1:-}
state=${2:-${QUOTEWIRE_DASK_STATE:-/tmp/quotewire-dask}}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dask=${DASK:-$root/.venv/bin/dask}
python=${PYTHON:-$root/.venv/bin/python}
workers=${DASK_WORKERS:-2}
ready_timeout=${DASK_READY_TIMEOUT:-120}

free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

launch() {  # launch NAME COMMAND...: start in a new session, remember its pid
    local name=$1
    shift
    setsid "$@" >"$state/$name.log" 2>&1 </dev/null &
    echo $! >"$state/$name.pid"
}

stop_all() {
    local pidfile pid
    for pidfile in "$state"/*.pid; do
        [ -e "$pidfile" ] || continue
        pid=$(cat "$pidfile")
        kill -TERM -- "-$pid" 2>/dev/null || true
    done
    for _ in $(seq 50); do
        local alive=0
        for pidfile in "$state"/*.pid; do
            [ -e "$pidfile" ] || continue
            kill -0 -- "-$(cat "$pidfile")" 2>/dev/null && alive=1
        done
        [ "$alive" = 0 ] && break
        sleep 0.2
    done
    for pidfile in "$state"/*.pid; do
        [ -e "$pidfile" ] || continue
        kill -KILL -- "-$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    done
    rm -f "$state/address"
}

case "$command" in
start)
    for tool in "$dask" "$python"; do
        if ! command -v "$tool" >/dev/null 2>&1; then  # a path, or a command on PATH
            echo "dask-cluster.sh: $tool not found; install the dask extra first" \
                "(bash scripts/setup.sh dask), or name the tools with DASK=... PYTHON=..." >&2
            exit 2
        fi
    done
    mkdir -p "$state"
    if [ -f "$state/address" ] && [ -f "$state/scheduler.pid" ] && kill -0 "$(cat "$state/scheduler.pid")" 2>/dev/null; then
        cat "$state/address"
        exit 0
    fi
    port=${DASK_SCHEDULER_PORT:-$(free_port)}
    address="tcp://127.0.0.1:$port"
    launch scheduler "$dask" scheduler --host 127.0.0.1 --port "$port" --no-dashboard
    for i in $(seq "$workers"); do
        launch "worker-$i" "$dask" worker "$address" --host 127.0.0.1 --name "worker-$i" \
            --nworkers 1 --nthreads 1 --no-dashboard --local-directory "$state/worker-$i"
    done
    if ! "$python" - "$address" "$workers" "$ready_timeout" <<'PY'
import sys
from distributed import Client

address, workers, timeout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
with Client(address, timeout=timeout) as client:
    client.wait_for_workers(workers, timeout=timeout)
PY
    then
        echo "dask-cluster.sh: the cluster did not start; logs in $state" >&2
        stop_all
        exit 1
    fi
    echo "$address" >"$state/address"
    echo "$address"
    ;;
stop)
    [ -d "$state" ] && stop_all
    ;;
*)
    echo "usage: $0 start|stop [STATE_DIR]" >&2
    exit 2
    ;;
esac
