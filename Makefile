# The two front-door commands: `make run` serves the demo, `make test` runs every test.
# Each creates .venv and installs what it needs on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test lint unit e2e chromium bench clean

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

run: $(VENV)/.run-deps
	$(BIN)/flask --app demo run --host 127.0.0.1 --port $(PORT)

chromium:
	@scripts/find-chromium > /dev/null

lint: $(VENV)/.test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

unit: $(VENV)/.test-deps
	$(BIN)/python -m pytest tests

e2e: $(VENV)/.test-deps chromium
	CHROMIUM_PATH=$$(scripts/find-chromium) $(BIN)/python -m pytest e2e

test: lint chromium
	CHROMIUM_PATH=$$(scripts/find-chromium) $(BIN)/python -m pytest

# 50 visitors for 60 s against gunicorn on 127.0.0.1; prints requests/s, latencies, errors.
bench: $(VENV)/.bench-deps
	VENV=$(VENV) bench/run-load

clean:
	rm -rf $(VENV) instance .pytest_cache .mypy_cache .ruff_cache
