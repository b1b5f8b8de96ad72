# Huiskamer — the two commands that matter:
#   make run    install what is missing, build, and open the app
#   make test   install what is missing and run every test
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
TAURI := ui/node_modules/.bin/tauri
APP_RELEASE := target/release/huiskamer

.PHONY: run test setup-run setup-test ui app-release deb test-rust test-ui test-config test-e2e bench clean

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
	cargo build -p huiskamer
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found: running under Xvfb (nothing to see; set DISPLAY to watch)"; \
	  xvfb-run -a target/debug/huiskamer; \
	else target/debug/huiskamer; fi

test: setup-test test-rust test-ui test-config deb test-e2e
	@echo "All tests passed."

test-rust:
	cargo test --workspace --exclude huiskamer

test-ui:
	cd ui && npm test

test-config:
	node --test tests/config/

test-e2e:
	xvfb-run -a -s "-screen 0 1280x1024x24" node --test --test-concurrency=1 tests/e2e/

bench:
	cargo bench -p huiskamer-core --bench library
	node scripts/bench-report.mjs

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules tests/e2e/out
