# The two front-door commands: `make run` serves the demo, `make test` runs every test.
# Each creates .venv and installs what it needs on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Where `make serve` listens (the container sets 0.0.0.0:8000).
DEMO_BIND ?= 127.0.0.1:$(PORT)

.PHONY: run serve test lint unit e2e chromium servers cluster-test bench bench-floor messages screenshots clean

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
	$(BIN)/pybabel extract -F babel.cfg -k _l -o translations/messages.pot --no-location --sort-output --project journalen-demo .
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
	$(BIN)/python -m pytest tests

e2e: $(VENV)/.test-deps $(MO) chromium
	CHROMIUM_PATH=$$(scripts/find-chromium) $(BIN)/python -m pytest e2e

test: lint $(MO) chromium servers
	CHROMIUM_PATH=$$(scripts/find-chromium) $(BIN)/python -m pytest

# Three gunicorn nodes behind nginx, on SQLite and on PostgreSQL: a drain, a kill, a report
# (also part of `make test`; CLUSTER_SECONDS=… shortens the 60 s of load).
cluster-test: $(VENV)/.test-deps $(MO) servers
	$(BIN)/python -m pytest -p no:cacheprovider tests/cluster

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
