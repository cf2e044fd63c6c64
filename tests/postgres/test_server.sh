#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests; nothing outside this
# machine is ever touched.
#   test_server.sh start DIR   initdb in DIR as an unprivileged user, start it
#                              listening on a Unix socket in DIR only (no TCP)
#   test_server.sh stop DIR    stop it and remove DIR (also after a failed run)
#   test_server.sh pause DIR   stop the server, keep its data (a test restarts it)
#   test_server.sh resume DIR  start it again on the same data
# The superuser is named after the calling user, as libpq's default user is,
# so that tests connect with the URI printed by `start` and nothing else.
# Run as root (CI), the server runs as the `postgres` system user that
# Debian's postgresql-common creates (PostgreSQL refuses to run as root).
# For the benchmark (bench/pg_load.sh): NB_PG_DURABLE=1 keeps fsync and
# synchronous commits on, as a real server has them; NB_PG_MAX_CONNECTIONS
# allows more connections (default 120).
set -euo pipefail

action=${1:-}
dir=${2:-}
if [[ -z "$action" || -z "$dir" ]]; then
  echo "usage: $0 start|stop|pause|resume DIR" >&2
  exit 2
fi

bindir=""
for candidate in /usr/lib/postgresql/15/bin "$(pg_config --bindir 2>/dev/null || true)"; do
  if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
    bindir=$candidate
    break
  fi
done

as_server() { # runs a server program as the user the server runs as
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

server_running() {
  [[ -f "$dir/data/postmaster.pid" ]] && as_server "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

stop_server() { # mode: fast keeps nothing waiting; immediate when fast does not answer
  if server_running; then
    as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 20 stop >/dev/null 2>&1 ||
      as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
  fi
}

start_server() {
  # fsync off: a throwaway cluster need not survive a power cut, and the
  # tests create and drop many databases.
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [[ ${NB_PG_DURABLE:-0} == 1 ]] && durability=""
  as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c port=5432 $durability \
        -c max_connections=${NB_PG_MAX_CONNECTIONS:-120}" start >/dev/null
}

case "$action" in
  start)
    if [[ -z "$bindir" ]]; then
      echo "test_server.sh: PostgreSQL 15 server programs not found (install postgresql-15)" >&2
      exit 1
    fi
    # A cluster left behind by an interrupted run is removed first.
    if [[ -d "$dir" ]]; then
      stop_server
      rm -rf "$dir"
    fi
    mkdir -p "$dir"
    chmod 700 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    trap 'stop_server; rm -rf "$dir"' ERR
    as_server "$bindir/initdb" -D "$dir/data" -U "$(id -un)" --auth=trust --no-sync -E UTF8 --no-locale \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; false; }
    start_server || { cat "$dir/server.log" >&2; false; }
    trap - ERR
    echo "postgresql:///postgres?host=$dir&port=5432"
    ;;
  stop)
    if [[ -n "$bindir" && -d "$dir" ]]; then
      stop_server
    fi
    rm -rf "$dir"
    ;;
  pause)
    stop_server
    ;;
  resume)
    start_server || { tail -20 "$dir/server.log" >&2; false; }
    ;;
  *)
    echo "usage: $0 start|stop|pause|resume DIR" >&2
    exit 2
    ;;
esac
