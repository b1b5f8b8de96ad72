# Huiskamer — the two commands that matter:
#   make run    install what is missing, build, start a local partner server and open the app
#   make test   install what is missing and run every test
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
TAURI := ui/node_modules/.bin/tauri
APP_RELEASE := target/release/huiskamer

.PHONY: run test setup-run setup-test ui app-release deb test-structure test-lint test-rust test-shell test-server test-dashboard test-ui test-config test-supply-chain test-fuzz test-e2e ui-types bench clean

setup-run:
	@scripts/setup.sh run

setup-test:
	@scripts/setup.sh test

ui:
	cd ui && npm run build

# The release app and its .deb package, built by the Tauri bundler.
app-release deb: ui
	TAURI_APP_PATH=src-tauri $(TAURI) build --bundles deb

run: setup-run ui
	cargo build -p huiskamer -p huiskamer-server
	scripts/run.sh

test: setup-test test-structure test-lint test-rust test-shell test-server test-dashboard test-ui test-config test-supply-chain test-fuzz deb test-e2e
	@echo "All tests passed."

# The crates' dependencies run one way: the server links neither the app
# core nor its HTTP client or Markdown renderer; texts stays a leaf.
# Core does not depend on the server either (dev included): the tests and
# benchmarks that need both are in tests/system.
test-structure:
	STRICT_CORE=1 scripts/check-structure.sh

# The style and lints that keep the tree one house: rustfmt (the workspace and
# the fuzz crate) and clippy with every warning an error, the Tauri shell too.
test-lint: ui
	cargo fmt --all --check
	cd fuzz && cargo fmt --check
	cargo clippy --workspace --all-targets --locked -- -D warnings

# One cargo build compiles every test binary of the workspace (the shell's
# and the server's too, hence the ui prerequisite), so shared dependencies
# are compiled once with one set of features; each target runs its own
# packages' binaries (scripts/rust-tests.mjs says why).
RUST_TESTS = node scripts/rust-tests.mjs

test-rust: ui
	$(RUST_TESTS) run --doc --except huiskamer,huiskamer-server

# The Tauri shell through Tauri's mock runtime (no window, no display). It
# embeds the built UI, hence the ui prerequisite.
test-shell: ui
	$(RUST_TESTS) run --only huiskamer

# The partner server's tests, on SQLite and on a throwaway PostgreSQL cluster
# (built with every test binary, the shell's too: hence ui).
test-server: ui
	server/tests/with-postgres.sh

# The support-worker dashboard in real (headless) Chromium.
test-dashboard: ui
	$(RUST_TESTS) build
	node --test --test-concurrency=1 tests/dashboard/

test-ui:
	cd ui && npm test

# Rewrites the UI's contract types (ui/src/generated/) from the core's Rust
# view types; the same test without UPDATE_UI_TYPES fails when they drift.
ui-types:
	UPDATE_UI_TYPES=1 cargo test -p huiskamer-core --lib ui_contract

test-config:
	node --test tests/config/

# cargo deny (licences, sources, bans, advisories) and npm audit.
test-supply-chain:
	scripts/supply-chain.sh

# Every fuzz target for a short, bounded time with its checked-in corpus.
# A longer hunt: scripts/fuzz.sh 600
test-fuzz:
	FUZZ_BUILD=dev scripts/fuzz.sh 10

test-e2e: ui
	$(RUST_TESTS) build
	xvfb-run -a -s "-screen 0 1280x1024x24" node --test --test-concurrency=1 tests/e2e/

# criterion: 1 s warm-up and 3 s of samples per benchmark (its defaults are
# 3 s and 5 s), so a clean checkout's run stays within 15 minutes.
CRITERION = -- --warm-up-time 1 --measurement-time 3
# Every benchmark, the server's load benchmark too, is a bench target of
# huiskamer-system (tests/system), built in one cargo build: cargo builds
# benchmarks and their dependencies with panics that unwind, apart from the
# release build, so each other build would compile the dependencies once more.
BENCHES = cargo bench -p huiskamer-system

# Every figure in BENCHMARKS.md comes from this run: old results are removed first.
bench: setup-test deb
	cargo build --release --features tauri/custom-protocol --example bare_window -p huiskamer
	$(BENCHES) --bench library --bench vault --bench growth --bench sync --bench server_load --no-run
	rm -rf target/criterion
	$(BENCHES) --bench library $(CRITERION)
	$(BENCHES) --bench vault $(CRITERION)
	rm -f target/bench/growth.json
	$(BENCHES) --bench growth
	rm -f target/bench/sync.json
	$(BENCHES) --bench sync
	rm -f target/bench/app.json
	xvfb-run -a -s "-screen 0 1280x1024x24" node scripts/bench-app.mjs
	$(BENCHES) --bench server_load
	node scripts/bench-report.mjs

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules tests/e2e/out
