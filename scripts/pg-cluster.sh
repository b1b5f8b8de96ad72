# Sourced, not run: `pg_cluster_start` starts a throwaway PostgreSQL cluster
# in a temporary folder on a random loopback port, sets PG_URL to its address
# and stops and removes it when the calling script exits (a caller with its
# own EXIT trap calls pg_cluster_stop from it). Needs Debian's
# postgresql package. Used by the server's tests and its load benchmark.

pg_cluster_start() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ]; then
    echo "pg-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2
    return 1
  fi
  PG_DIR=$(mktemp -d /tmp/hk-pg.XXXXXX)
  PG_AS=()
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root.
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  PG_BIN=$bin
  # Stop it on exit. A caller with an exit trap of its own keeps it (a
  # second `trap` would replace it: the caller's cleanup would never run);
  # that trap must call pg_cluster_stop.
  [ -n "$(trap -p EXIT)" ] || trap pg_cluster_stop EXIT
  "${PG_AS[@]}" "$bin/initdb" -D "$PG_DIR/data" -U hk --auth=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  local port started=""
  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 30000))
    if "${PG_AS[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR ${PG_OPTIONS:-}" start >/dev/null; then
      started=1
      break
    fi
  done
  [ -n "$started" ] || { cat "$PG_DIR/server.log" >&2; return 1; }
  PG_URL="postgres://hk@127.0.0.1:$port/postgres"
  echo "pg-cluster: PostgreSQL on 127.0.0.1:$port"
}

pg_cluster_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
