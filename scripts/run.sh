#!/usr/bin/env bash
# Starts a local partner server on loopback (SQLite in its data folder), then
# opens the app; stops the server when the app closes. Called by `make run`.
set -euo pipefail
cd "$(dirname "$0")/.."

listen=${HUISKAMER_LISTEN:-127.0.0.1:8787}
target/debug/huiskamer-server serve --listen "$listen" --organisation "${HUISKAMER_ORGANISATION:-Huiskamer (local test server)}" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT

for _ in $(seq 50); do
  curl -fsS "http://$listen/v1/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "run: the server did not start" >&2; exit 1; }
  sleep 0.2
done
echo "run: partner server on http://$listen (API description: http://$listen/v1/openapi.json)"
# The app syncs with this server (a person would type their organisation's address).
export HUISKAMER_SERVER="${HUISKAMER_SERVER:-http://$listen}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found, running under Xvfb (nothing to see; set DISPLAY to watch)"
  xvfb-run -a target/debug/huiskamer
else
  target/debug/huiskamer
fi
