#!/usr/bin/env bash
# Runs the server's tests on PostgreSQL as well as SQLite: starts a
# throwaway PostgreSQL cluster in a temporary folder on a free loopback port,
# points HUISKAMER_TEST_POSTGRES at it, runs `cargo test -p huiskamer-server`,
# and removes the cluster again. Needs Debian's postgresql package.
set -euo pipefail
cd "$(dirname "$0")/../.."

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "with-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/hk-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root.
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi

cleanup() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U hk --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
# A random high port; another one if it is taken.
started=""
for _ in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 30000))
  if "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null; then
    started=1
    break
  fi
done
[ -n "$started" ] || { cat "$dir/server.log" >&2; exit 1; }

export HUISKAMER_TEST_POSTGRES="postgres://hk@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL on 127.0.0.1:$port"
cargo test -p huiskamer-server "$@"
