# Groundwork: the two commands a newcomer needs are `make run` and `make test`.
# Both install what is missing first (tools/deps.sh), so a fresh Debian/Ubuntu machine with
# git, Rust and Node is enough.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
CARGO ?= cargo
APP_BIN := target/debug/groundwork

.PHONY: run test deps test-deps ui app cli deb deb-test fmt fmt-check lint unit ui-test e2e types bench clean

## Start the app on the chapter database in the platform's data folder (or DB=path).
run: deps ui
	$(CARGO) run -p groundwork-app -- $(if $(DB),--db $(DB),)

## Every test: formatting, lints, Rust tests, the UI's type check and tests, real-window tests,
## and the Debian package built and its packaged app started.
test: test-deps fmt-check lint unit ui-test e2e deb-test

deps:
	tools/deps.sh build

test-deps:
	tools/deps.sh test

ui: deps
	cd ui && npm run build

app: ui
	$(CARGO) build -p groundwork-app

## The command line; the end-to-end tests use it to prepare what the window does not offer.
cli:
	$(CARGO) build -p groundwork-cli

## The installer: target/release/bundle/deb/Groundwork_<version>_amd64.deb (a release build).
deb: ui
	cd src-tauri && ../ui/node_modules/.bin/tauri build --bundles deb

## The package holds what it should, and the app it installs opens its window.
deb-test: test-deps deb
	node --test --test-concurrency=1 tests/package/

fmt:
	$(CARGO) fmt --all

fmt-check:
	$(CARGO) fmt --all -- --check

lint: ui
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	@# The core and print crates must never depend on Tauri: the CLI and the shell share them.
	@for crate in groundwork-core groundwork-print; do \
	  if $(CARGO) tree -p $$crate -e normal --prefix none | grep -q '^tauri'; then \
	    echo "$$crate depends on tauri"; exit 1; fi; done

unit: ui
	$(CARGO) test --workspace

ui-test: deps
	cd ui && npm run check && npm test

## End-to-end tests: the real app window under Xvfb, driven through tauri-driver.
e2e: test-deps app cli
	node --test --test-concurrency=1 tests/e2e/

## Regenerate ui/src/lib/api/types/*.ts (a file per area) and types.ts from the Rust types.
types:
	UPDATE_TYPES=1 $(CARGO) test -p groundwork-app ipc_types

## Speed and size figures; the map's drag is measured in the real window, like the e2e tests.
bench: test-deps app
	tools/deps.sh bench
	tools/bench.sh

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules tests/node_modules
