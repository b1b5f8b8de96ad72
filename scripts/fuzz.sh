#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets/) for a bounded time with its
# checked-in corpus (fuzz/corpus/<target>/). `make test` runs 10 s each
# (a dev build); a longer hunt is one command: scripts/fuzz.sh 600 [target...]
#
# New inputs go to a scratch folder, so the checked-in corpus changes only
# when someone adds to it on purpose. A crash stops the run, names the
# input (in fuzz/artifacts/<target>/), and fails: fix it, then copy that
# input into fuzz/corpus/<target>/ so it is tried on every run.
#
# cargo-fuzz needs nightly-only compiler flags (sanitizers, coverage);
# RUSTC_BOOTSTRAP=1 lets this machine's one stable toolchain accept them.
#
# No sanitizer by default: every fuzzed crate (core, protocol, texts) has
# #![forbid(unsafe_code)], so AddressSanitizer has nothing of ours to
# watch, and the build took 7m07s with it, 3m46s without (on 2 cores,
# from scratch, line tables only as debug info).
# A crash is still a crash: a panic, an index out of bounds, a stack
# overflow or running out of memory. FUZZ_SANITIZER=address scripts/fuzz.sh 600 hunts
# with it (the dependencies' unsafe code, e.g. in the crypto crates).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1

seconds="${1:-20}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(article bundle protocol vault_export vault_record)
fi

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
sanitizer="${FUZZ_SANITIZER:-none}"
# FUZZ_BUILD=dev (what `make test` uses): opt-level 1 with overflow checks
# and debug assertions, built in 149 s instead of 232 s (fuzz/Cargo.toml
# has the figures); a hunt keeps the default optimised build.
case "${FUZZ_BUILD:-release}" in
  dev) profile=(--dev) ;;
  release) profile=(-O) ;;
  *) echo "fuzz: FUZZ_BUILD is dev or release" >&2; exit 2 ;;
esac
cargo fuzz build "${profile[@]}" -s "$sanitizer"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for t in "${targets[@]}"; do
  mkdir -p "$scratch/$t" "fuzz/artifacts/$t"
  echo "fuzz: $t for ${seconds}s (corpus: $(ls fuzz/corpus/$t | wc -l) inputs)"
  if ! cargo fuzz run "${profile[@]}" -s "$sanitizer" "$t" "$scratch/$t" "fuzz/corpus/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="fuzz/artifacts/$t/" -print_final_stats=1 > "$scratch/$t.log" 2>&1; then
    tail -n 40 "$scratch/$t.log"
    echo "fuzz: $t FAILED; the input is in fuzz/artifacts/$t/" >&2
    exit 1
  fi
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$scratch/$t.log" | tail -n 1 || true
done
echo "fuzz: all targets ran clean"
