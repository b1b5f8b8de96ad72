#!/usr/bin/env bash
# Load benchmark of the sync API: pushes and pulls per second and latency
# percentiles, on SQLite and on PostgreSQL, measured with wrk from another
# process over loopback. Writes server/BENCHMARKS.md. Usage: server/bench/run.sh
# (the same as `cargo bench -p huiskamer-system --bench server_load`, which
# builds the server and runs this script with HK_SERVER_BIN set).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${HK_SERVER_BIN:-}" ]; then
  exec cargo bench -p huiskamer-system --bench server_load
fi
bin=$HK_SERVER_BIN
source scripts/pg-cluster.sh

DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
if ! command -v wrk >/dev/null; then
  echo "bench: installing wrk"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d /tmp/hk-bench.XXXXXX)
cat >"$work/bench.toml" <<TOML
organisation = "Benchmark"
[limits]
per_ip_per_minute = 100000000
per_account_per_minute = 100000000
registrations_per_ip_per_hour = 1000
TOML

results=()
server_pid=""
stop_server() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; server_pid=""; }
cleanup() { stop_server || true; pg_cluster_stop; rm -rf "$work"; }
trap cleanup EXIT

# wrk's --latency output -> "req/s p50 p99 errors"
parse() {
  local out=$1
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out")
  echo "$rps ${p50:-?} ${p99:-?} ${errors:-0}"
}

run_backend() {
  local name=$1 database=$2
  local port=$((30000 + RANDOM % 20000))
  HUISKAMER_DATABASE=$database RUST_LOG=warn "$bin" serve --config "$work/bench.toml" \
    --listen "127.0.0.1:$port" --data-dir "$work/data-$name" >"$work/server-$name.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do curl -fsS "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
  local key
  key=$(head -c 32 /dev/urandom | base64)
  curl -fsS -X POST -H 'content-type: application/json' -d "{\"auth_key\":\"$key\"}" "http://127.0.0.1:$port/v1/accounts" >/dev/null
  export HK_KEY=$key
  echo "bench: $name: push"
  local push pull
  push=$(wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s server/bench/push.lua "http://127.0.0.1:$port")
  echo "bench: $name: pull"
  pull=$(wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s server/bench/pull.lua "http://127.0.0.1:$port")
  results+=("$name push $(parse "$push")" "$name pull $(parse "$pull")")
  stop_server
}

run_backend SQLite ""
pg_cluster_start
run_backend PostgreSQL "$PG_URL"

commit=$(git rev-parse --short HEAD)
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
{
  echo "# Server load benchmark"
  echo
  echo "Written by \`server/bench/run.sh\` (wrk over loopback); do not edit by hand."
  echo
  echo "Run: $(date -u +%Y-%m-%d), commit $commit, $(nproc) cores ($cpu), wrk with $THREADS threads and $CONNECTIONS connections for $DURATION per row, server built by \`cargo bench\` with the other benchmarks (tests/system/benches/server_load.rs: the release profile, opt-level 3 for the server's own code and base64 as it ships; panics unwind, as cargo builds every benchmark). PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') in a throwaway cluster with default durability (fsync on); SQLite in WAL mode with synchronous=FULL."
  echo
  echo "| backend | operation | requests/s | p50 | p99 | non-2xx |"
  echo "| --- | --- | --- | --- | --- | --- |"
  for r in "${results[@]}"; do
    read -r backend op rps p50 p99 errors <<<"$r"
    echo "| $backend | $op | $rps | $p50 | $p99 | $errors |"
  done
  echo
  echo "- push: every request writes one new 1 KiB encrypted record (one transaction, durable before the answer)."
  echo "  All requests go to one account, whose pushes take turns on its row lock: the worst case. Real"
  echo "  traffic spreads over many accounts."
  echo "- pull: every request reads a page of 100 records (about 140 KiB of JSON)."
  echo "- Server and wrk share the same cores, so the figures are a floor, and noisy: compare runs on one machine."
  echo "- Profile of the SQLite pull load (\`perf record -g\` on an unstripped build, 6 s of a pull run, 2026-11-23):"
  echo "  serde_json scanning each record's base64 ciphertext for characters to escape took 22% of the"
  echo "  server's samples and the base64 encoding 13%, besides copies and allocations of a string per"
  echo "  record. The pull answer is now written directly (the same bytes, compared in a unit test),"
  echo "  base64-encoded into the answer: pulls went from about 4,300/s to 5,100-5,900/s (alternating A/B runs)."
  echo "  A second profile (2026-11-23, same method) then showed the scalar base64 engine at 17.5% of the"
  echo "  samples and memory allocation (a copy of every record read, freed after encoding) at about 13%."
  echo "  Pulls now read on read-only connections of their own (WAL), on the request's thread, and each"
  echo "  row is encoded into the answer straight from SQLite's buffer (about 5,200 -> 6,250/s), with"
  echo "  base64's SIMD engine (AVX2 here; the same bytes, compared in the unit test): about 7,200/s"
  echo "  (alternating A/B runs of the release builds, wrk 8 s each)."
  echo "- Profile of the SQLite push load (\`perf record -g\` on the server for 10 s of a push run, 2026-11-23,"
  echo "  before group commit): a quarter of the samples were the kernel switching tasks (futex waits and"
  echo "  wake-ups), more than SQLite and fsync together: each push hopped to a blocking thread and queued"
  echo "  for the one connection's lock, then paid its own commit and fsync. Now one writer thread takes"
  echo "  every push waiting at that moment into one transaction (each push in a savepoint of its own,"
  echo "  every answer sent after the commit): about 5,300 -> 14,000-15,000 pushes/s (alternating A/B runs)."
} >server/BENCHMARKS.md
cat server/BENCHMARKS.md
