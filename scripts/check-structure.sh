#!/usr/bin/env bash
# The crates' dependencies run one way (part of `make test`):
#  - the partner server links neither the app core nor what only the app
#    needs: no huiskamer-core, reqwest or pulldown-cmark in its tree;
#  - huiskamer-texts stays a leaf that parses and checks: no rusqlite,
#    reqwest or tokio in its tree;
#  - the core does not depend on the server in any section (dev too). Strict
#    only with STRICT_CORE=1: until the tests that need both move to their
#    own crate, core's sync tests still take the server as a dev-dependency.
# Dev-dependencies of the server and texts are not checked: they never
# reach a binary (the server's integration tests use reqwest as a client).
#
# A failure names the crate that should not be there, and the path to it.
#
#   scripts/check-structure.sh              checks the workspace (cargo tree --offline)
#   scripts/check-structure.sh --tree FILE  checks a saved tree instead
#
# FILE holds blocks separated by blank lines, each the output of one
#   cargo tree --offline -e normal,build --prefix none -p <package>
# (for huiskamer-core: -e normal,build,dev --depth 1), whose first line is
# the package checked. The server's and texts' blocks must be there, so a
# tree that lost them cannot pass.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

tree_file=""
case "${1:-}" in
  --tree)
    tree_file="${2:?--tree needs a file}"
    ;;
  "") ;;
  *)
    echo "usage: $0 [--tree FILE]" >&2
    exit 2
    ;;
esac

if [ -n "$tree_file" ]; then
  tree="$(cat "$tree_file")"
else
  tree="$(
    cargo tree --offline -e normal,build --prefix none -p huiskamer-server
    echo
    cargo tree --offline -e normal,build --prefix none -p huiskamer-texts
    echo
    cargo tree --offline -e normal,build,dev --depth 1 --prefix none -p huiskamer-core
  )"
fi

# root: forbidden crates, one rule per line.
rules="huiskamer-server huiskamer-core reqwest pulldown-cmark
huiskamer-texts rusqlite reqwest tokio"
checked="the server's and texts' trees"
if [ "${STRICT_CORE:-0}" = 1 ]; then
  rules="$rules
huiskamer-core huiskamer-server"
  checked="$checked and core's dependencies"
else
  echo "check-structure: core's dependency on huiskamer-server not checked (set STRICT_CORE=1)"
fi

# Prints one line per broken rule: "root forbidden".
broken="$(
  awk -v rules="$rules" '
    BEGIN {
      n = split(rules, lines, "\n")
      for (i = 1; i <= n; i++) {
        k = split(lines[i], w, " ")
        for (j = 2; j <= k; j++) forbidden[w[1] " " w[j]] = 1
      }
    }
    /^[[:space:]]*$/ { root = ""; next }
    {
      name = $1
      if (root == "") { root = name; seen[root] = 1; next }
      if ((root " " name) in forbidden && !((root " " name) in reported)) {
        reported[root " " name] = 1
        print root " " name
      }
    }
    END {
      if (!("huiskamer-server" in seen)) print "missing huiskamer-server"
      if (!("huiskamer-texts" in seen)) print "missing huiskamer-texts"
    }
  ' <<<"$tree"
)"

if [ -z "$broken" ]; then
  echo "check-structure: $checked run one way"
  exit 0
fi
while read -r root crate; do
  if [ "$root" = missing ]; then
    echo "check-structure: no tree for $crate (cargo tree failed, or the saved tree lacks its block)" >&2
  else
    echo "check-structure: $root depends on $crate, which it must not:" >&2
    if [ -z "$tree_file" ]; then
      # How it gets there, from the root down.
      edges="normal,build"
      [ "$root" = huiskamer-core ] && edges="normal,build,dev"
      cargo tree --offline -e "$edges" -p "$root" -i "$crate" 2>/dev/null | sed 's/^/    /' | head -n 20 >&2 || true
    fi
  fi
done <<<"$broken"
exit 1
