# The two front-door commands: `make run` serves the demo, `make test` runs every test.
# Each creates .venv and installs what it needs on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Where `make serve` listens (the container sets 0.0.0.0:8000).
DEMO_BIND ?= 127.0.0.1:$(PORT)
# The test runs: pytest-xdist workers (one a core), the cluster test's seconds of load and
# its visitors' mean pause between clicks in `make test` (60 s and 0.15 s in `make
# cluster-test`), and bytecode written to __pycache__ even where PYTHONDONTWRITEBYTECODE is
# set (else every run compiles the whole tree again).
TEST_WORKERS ?= 2
CLUSTER_SECONDS ?= 15
CLUSTER_PAUSE ?= 0.6
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest
XDIST = -n $(TEST_WORKERS) --dist loadgroup

.PHONY: run serve test lint unit e2e chromium servers cluster-test bench bench-floor messages screenshots clean
.PHONY: ts-example test-shuffled

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-install when pyproject.toml changes.
$(VENV)/.run-deps: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.run-deps

$(VENV)/.bench-deps: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@ $(VENV)/.run-deps

# The English catalogue, compiled from its .po (Swedish is the source language).
MO := translations/en/LC_MESSAGES/messages.mo
$(MO): translations/en/LC_MESSAGES/messages.po $(VENV)/.run-deps
	$(BIN)/pybabel compile --use-fuzzy -d translations --statistics 2>&1 | tail -1

# After changing texts: extract them and merge into the catalogue, then translate.
messages: $(VENV)/.run-deps
	$(BIN)/pybabel extract -F babel.cfg -k _l -k N_ -o translations/messages.pot --no-location --sort-output --project journalen-demo .
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching

# Seeding is a step of its own (the app never writes): first run, or a stale world.
run: $(VENV)/.run-deps $(MO)
	$(BIN)/flask --app demo seed --if-missing
	$(BIN)/flask --app demo run --host 127.0.0.1 --port $(PORT)

# The production server: gunicorn with demo/gunicorn_config.py, seeded first (as the container).
serve: $(VENV)/.run-deps $(MO)
	DEMO_BIND=$(DEMO_BIND) VENV=$(CURDIR)/$(VENV) scripts/serve

chromium:
	@scripts/find-chromium > /dev/null

# PostgreSQL and nginx for the integration tier's second run and the cluster test.
servers:
	@scripts/install-test-servers

lint: $(VENV)/.test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

unit: $(VENV)/.test-deps $(MO)
	CLUSTER_SECONDS=$(CLUSTER_SECONDS) CLUSTER_PAUSE=$(CLUSTER_PAUSE) $(PYTEST) $(XDIST) tests

e2e: $(VENV)/.test-deps $(MO) chromium
	CHROMIUM_PATH=$$(scripts/find-chromium) $(PYTEST) $(XDIST) e2e

# Every tier in one pytest run on two workers: the cluster test (one worker, a shorter load)
# and the browser tests start first, the many short tests fill in around them.
test: lint $(MO) chromium servers
	CLUSTER_SECONDS=$(CLUSTER_SECONDS) CLUSTER_PAUSE=$(CLUSTER_PAUSE) CHROMIUM_PATH=$$(scripts/find-chromium) $(PYTEST) $(XDIST)

# The same tests in a shuffled order (pytest-random-order; SHUFFLE=global mixes the modules
# too, far slower: module fixtures start again each time), to show that none needs another
# to run first. The seed is printed at the top; --random-order-seed=N repeats an order.
SHUFFLE ?= module
test-shuffled: $(MO) chromium servers $(VENV)/.test-deps
	CLUSTER_SECONDS=$(CLUSTER_SECONDS) CLUSTER_PAUSE=$(CLUSTER_PAUSE) CHROMIUM_PATH=$$(scripts/find-chromium) $(PYTEST) $(XDIST) --random-order-bucket=$(SHUFFLE) --random-order-seed=$$(date +%s)

# TESTING.md's TypeScript worked example (e2e/typescript): @playwright/test from npm, Debian's
# Chromium, against a demo its playwright.config.ts starts (`make run` on port 8123), or
# against BASE_URL when that is set. Node and npm come from Debian (`make servers`).
ts-example: $(VENV)/.run-deps $(MO) chromium servers
	cd e2e/typescript && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	cd e2e/typescript && CHROMIUM_PATH=$$(../../scripts/find-chromium) npx playwright test

# Three gunicorn nodes behind nginx, on SQLite and on PostgreSQL: a drain, a kill, a report
# (also part of `make test`, 15 s at a quarter of the pace; CLUSTER_SECONDS=… and
# CLUSTER_PAUSE=… set the seconds and the mean pause between clicks).
cluster-test: $(VENV)/.test-deps $(MO) servers
	$(PYTEST) -p no:cacheprovider tests/cluster

# 50 visitors for 60 s against gunicorn on 127.0.0.1; prints requests/s, latencies, errors.
bench: $(VENV)/.bench-deps
	VENV=$(VENV) bench/run-load

# Journal pages against a bare Flask page of the same size, both under gunicorn, with wrk.
bench-floor: $(VENV)/.bench-deps
	VENV=$(VENV) bench/floor

# PNGs of the key pages, Swedish and English, desktop and phone, for the README.
screenshots: $(VENV)/.test-deps $(MO) chromium
	CHROMIUM_PATH=$$(scripts/find-chromium) $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) instance .pytest_cache .mypy_cache .ruff_cache
