#!/usr/bin/env bash
# Start a PostgreSQL server for quotewire's tests and print its URL on stdout.
#
# Idempotent and quick when everything is already there: installs Debian's `postgresql`
# package only if it is missing, creates a dedicated cluster "quotewire" (never touching the
# distribution's "main" cluster) on a free port, starts it if it is down, and creates the role
# and database. Runs as root (CI) or as any user allowed to use sudo-less pg_ctlcluster.
#
#   export QUOTEWIRE_TEST_PG="$(scripts/postgres.sh)"
#
# Environment: QUOTEWIRE_PG_PORT (first port to try, default 54329),
#              QUOTEWIRE_PG_CLUSTER (cluster name, default quotewire).
set -euo pipefail

CLUSTER="${QUOTEWIRE_PG_CLUSTER:-quotewire}"
FIRST_PORT="${QUOTEWIRE_PG_PORT:-54329}"
ROLE=quotewire
PASSWORD=quotewire
DATABASE=quotewire

log() { echo "postgres.sh: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    log "installing PostgreSQL from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y --no-install-recommends postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

cluster_field() {  # cluster_field COLUMN -> value for our cluster, empty when absent
    pg_lsclusters --no-header 2>/dev/null | awk -v v="$VERSION" -v c="$CLUSTER" -v col="$1" \
        '$1 == v && $2 == c { print $col }'
}

if [ -z "$(cluster_field 2)" ]; then
    PORT="$FIRST_PORT"
    while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
    log "creating cluster $VERSION/$CLUSTER on port $PORT"
    pg_createcluster --port "$PORT" "$VERSION" "$CLUSTER" -- --auth-local=peer --auth-host=scram-sha-256 >&2
fi
PORT="$(cluster_field 3)"

if [ "$(cluster_field 4)" != "online" ]; then
    # The socket directory lives on tmpfs on some machines and vanishes at reboot.
    install -d -o postgres -g postgres -m 2775 /var/run/postgresql
    log "starting cluster $VERSION/$CLUSTER"
    pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}

psql_admin() {
    as_postgres "psql --quiet --no-psqlrc --port $PORT --dbname postgres -tAc \"$1\""
}

if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
    log "creating role $ROLE"
    psql_admin "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB" >&2
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
    log "creating database $DATABASE"
    psql_admin "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
fi

echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
