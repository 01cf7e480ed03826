#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the PostgresStore tests and prints its URL as the last line:
#   PRESSTRAIL_TEST_PG=$(bash scripts/ci-postgres.sh | tail -1) node scripts/run-tests.mjs ...
#   bash scripts/ci-postgres.sh stop      # stops it again
# Idempotent: a second run reuses the running cluster. Installs Debian's postgresql when no
# server binaries are found (needs root). The cluster lives under $PRESSTRAIL_PG_DIR
# (default /tmp/presstrail-pg), listens on 127.0.0.1 only, and trusts every local connection:
# it is for tests, never for data anyone keeps.
set -euo pipefail

DIR=${PRESSTRAIL_PG_DIR:-/tmp/presstrail-pg}
DB=${PRESSTRAIL_PG_DB:-presstrail_test}
FIRST_PORT=${PRESSTRAIL_PG_PORT:-55432}

log() { echo "ci-postgres: $*" >&2; }

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then echo "$dir"; return 0; fi
  done
  return 1
}

# postgres refuses to run as root, so root runs the server tools as the postgres user.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

BIN=$(find_bin || true)
if [[ -z $BIN ]]; then
  log "no PostgreSQL server binaries found; installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
  BIN=$(find_bin)
fi

if [[ ${1:-} == stop ]]; then
  if [[ -f $DIR/data/PG_VERSION ]]; then as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >&2 || true; fi
  exit 0
fi

mkdir -p "$DIR"
if [[ $(id -u) -eq 0 ]]; then chown postgres: "$DIR"; fi

if [[ ! -f $DIR/data/PG_VERSION ]]; then
  log "creating a cluster in $DIR/data"
  as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C --no-sync >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
fi

if as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  PORT=$(cat "$DIR/port")
  log "reusing the cluster already running on port $PORT"
else
  PORT=$FIRST_PORT
  while port_busy "$PORT"; do PORT=$((PORT + 1)); done
  echo "$PORT" >"$DIR/port"
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c max_connections=200" >&2 \
    || { tail -20 "$DIR/server.log" >&2; exit 1; }
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tAq)
if [[ -z $("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$DB'") ]]; then
  "${PSQL[@]}" -c "CREATE DATABASE \"$DB\"" >&2
fi

echo "postgres://postgres@127.0.0.1:$PORT/$DB"
