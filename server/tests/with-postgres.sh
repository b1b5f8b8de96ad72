#!/usr/bin/env bash
# Runs the server's tests on PostgreSQL as well as SQLite: starts a
# throwaway PostgreSQL cluster, points HUISKAMER_TEST_POSTGRES at it, runs
# the server's tests (compiled with the rest of the workspace's, see
# scripts/rust-tests.mjs; arguments go to each test binary, e.g. a name
# filter), and removes the cluster again.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/pg-cluster.sh
# Tests need no durability: fsync off makes them fast.
PG_OPTIONS="-c fsync=off" pg_cluster_start
export HUISKAMER_TEST_POSTGRES=$PG_URL
node scripts/rust-tests.mjs run --only huiskamer-server -- "$@"
