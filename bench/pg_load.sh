#!/usr/bin/env bash
# The load on a shared server (issue 13; not part of CI): starts a private
# PostgreSQL 15 server with fsync and synchronous commits on, as an office's
# server has them, sets a database up with `nianbao-cli server init`, runs
# nb_pg_load (200 clerks each editing its own report, 5 reviewers refreshing
# the board, 60 s by default) and stops the server again.
#   bench/pg_load.sh [BUILD_DIR] [nb_pg_load options…]
# e.g. bench/pg_load.sh build/release --clerks 200 --seconds 60 --pause-ms 250
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/release}
shift || true
load=$build/bench/nb_pg_load
cli=$build/app/cli/nianbao-cli
for exe in "$load" "$cli"; do
  [[ -x $exe ]] || { echo "missing $exe: build targets nb_pg_load and nianbao-cli in $build" >&2; exit 2; }
done
work=$(mktemp -d /tmp/nb-pgload-XXXXXX)
chmod 711 "$work" # reachable by the server's user when run as root
server=$here/tests/postgres/test_server.sh
trap '"$server" stop "$work/c"; rm -rf "$work"' EXIT
uri=$(NB_PG_DURABLE=1 NB_PG_MAX_CONNECTIONS=260 "$server" start "$work/c")
psql -q "$uri" -c "CREATE DATABASE nianbao_load" >/dev/null
db=${uri/\/postgres\?//nianbao_load?}
"$cli" server init --db "$db" >/dev/null
pid=$(head -1 "$work/c/data/postmaster.pid")
echo "server: PostgreSQL $(psql -Atq "$uri" -c 'SHOW server_version'), $(nproc) cores, fsync on, pid $pid"
"$load" "$db" --server-pid "$pid" "$@"
