#!/usr/bin/env bash
# Supply-chain checks, part of `make test`:
#  - cargo deny: licences, banned crates, sources, duplicate versions (must pass),
#    and known advisories (RustSec) when its database can be fetched;
#  - npm audit of the UI's packages, when the registry's audit service answers.
# A check that cannot reach its database is reported as not run, loudly; it
# never counts as passed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-deny >/dev/null || cargo install cargo-deny --locked

echo "supply-chain: cargo deny check licenses bans sources"
cargo deny --log-level error check licenses bans sources

echo "supply-chain: cargo deny check advisories"
if out="$(cargo deny check advisories 2>&1)"; then
  echo "supply-chain: no known advisories"
elif grep -q "failed to fetch advisory database" <<<"$out"; then
  echo "supply-chain: WARNING advisories NOT checked: the RustSec database (github.com) is unreachable from here"
else
  echo "$out" | tail -n 40
  exit 1
fi

echo "supply-chain: npm audit (ui)"
if out="$(cd ui && npm audit --audit-level=moderate 2>&1)"; then
  echo "supply-chain: npm audit found nothing"
elif grep -qE "audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|EAI_AGAIN" <<<"$out"; then
  echo "supply-chain: WARNING npm audit NOT run: the registry's audit service did not answer"
else
  echo "$out" | tail -n 40
  exit 1
fi
