#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS cluster for the server test suite.
#
#   scripts/pg-test-server.sh start   # initdb + start on 127.0.0.1:<free port>, print the URL
#   scripts/pg-test-server.sh url     # print postgres://panhuo:…@127.0.0.1:<port>/panhuo
#   scripts/pg-test-server.sh status  # exit 0 when the cluster is running
#   scripts/pg-test-server.sh stop    # stop the cluster and delete its files
#
#   DATABASE_URL=$(scripts/pg-test-server.sh url) npm run test:server
#
# The cluster lives in $PANHUO_PG_DIR (default: /tmp/panhuo-pg-test-<uid>). It is tuned
# for tests (fsync off), listens on 127.0.0.1 only and on a socket in /tmp.
# Role `panhuo` (LOGIN CREATEDB, password in $PANHUO_PG_DIR/password) owns database
# `panhuo`. PostGIS is not a trusted extension, so the superuser creates it in
# template1 (every database created later, including the test suite's per-file
# databases, inherits it) and in `panhuo`.
#
# Run as root, the server runs as the `postgres` OS user (runuser); run as another
# user, it runs as that user. Binaries: $PG_BIN, else the newest
# /usr/lib/postgresql/*/bin (Debian's postgresql-15).
set -euo pipefail

STATE_DIR="${PANHUO_PG_DIR:-${TMPDIR:-/tmp}/panhuo-pg-test-$(id -u)}"
DATA_DIR="$STATE_DIR/data"
SOCKET_DIR="${PANHUO_PG_SOCKET_DIR:-/tmp}"
ROLE=panhuo
DB=panhuo

die() { echo "pg-test-server: $*" >&2; exit 1; }

find_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n "$d" && -x "$d/initdb" ]] || die "no PostgreSQL binaries found (apt-get install postgresql-15 postgresql-15-postgis-3, or set PG_BIN)"
  echo "$d"
}

# Run a command as the cluster's OS user.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

is_running() {
  [[ -f "$STATE_DIR/port" && -d "$DATA_DIR" ]] || return 1
  as_pg "$(find_bin)/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1
}

url() {
  [[ -f "$STATE_DIR/port" && -f "$STATE_DIR/password" ]] || die "no cluster in $STATE_DIR (run: $0 start)"
  echo "postgres://$ROLE:$(cat "$STATE_DIR/password")@127.0.0.1:$(cat "$STATE_DIR/port")/$DB"
}

psql_super() { # psql_super DB SQL
  PGOPTIONS="-c client_min_messages=warning" as_pg "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PORT" -U postgres -d "$1" -c "$2"
}

start() {
  if is_running; then
    echo "pg-test-server: already running in $STATE_DIR" >&2
    url
    return
  fi
  BIN=$(find_bin)
  # a stale, stopped cluster: start over
  rm -rf "$STATE_DIR"
  mkdir -p "$STATE_DIR"
  chmod 755 "$STATE_DIR"
  PORT=$(free_port)
  local password
  password="t$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  echo "$password" > "$STATE_DIR/password"
  chmod 644 "$STATE_DIR/password"
  mkdir -p "$DATA_DIR"
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' OS user (is postgresql-15 installed?)"
    chown postgres: "$DATA_DIR"
    runuser -u postgres -- test -x "$STATE_DIR" \
      || die "the postgres user cannot enter $STATE_DIR: choose a PANHUO_PG_DIR whose parent folders it may enter"
  fi
  chmod 700 "$DATA_DIR"

  # initdb runs as the cluster's user: give it a password file it can read
  local pwfile="$STATE_DIR/pwfile"
  ( umask 077; echo "$password" > "$pwfile" )
  [[ $(id -u) -eq 0 ]] && chown postgres: "$pwfile"
  as_pg "$BIN/initdb" -D "$DATA_DIR" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$pwfile" >"$STATE_DIR/initdb.log" 2>&1 \
    || { cat "$STATE_DIR/initdb.log" >&2; die "initdb failed"; }
  rm -f "$pwfile"
  cat >> "$DATA_DIR/postgresql.conf" <<EOF

# panhuo test cluster: speed over durability
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 128MB
log_connections = on
log_min_messages = warning
EOF
  echo "$PORT" > "$STATE_DIR/port"
  # the log file must be writable by the server's OS user
  touch "$STATE_DIR/server.log"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$STATE_DIR/server.log"
  as_pg "$BIN/pg_ctl" -D "$DATA_DIR" -l "$STATE_DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $SOCKET_DIR" start >/dev/null \
    || { cat "$STATE_DIR/server.log" >&2; die "pg_ctl start failed"; }

  psql_super template1 "CREATE EXTENSION IF NOT EXISTS postgis"
  psql_super postgres "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$password'"
  psql_super postgres "CREATE DATABASE $DB OWNER $ROLE"
  psql_super "$DB" "CREATE EXTENSION IF NOT EXISTS postgis"
  local v
  v=$(as_pg "$BIN/psql" -X -At -h "$SOCKET_DIR" -p "$PORT" -U postgres -d "$DB" \
    -c "SELECT split_part(version(), ' ', 2) || ' + PostGIS ' || postgis_lib_version()")
  echo "pg-test-server: PostgreSQL $v on 127.0.0.1:$PORT (data in $DATA_DIR)" >&2
  url
}

stop() {
  if [[ -d "$DATA_DIR" ]]; then
    BIN=$(find_bin)
    as_pg "$BIN/pg_ctl" -D "$DATA_DIR" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$STATE_DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  status) if is_running; then echo "running: $(url)"; else echo "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|url|status" >&2; exit 2 ;;
esac
