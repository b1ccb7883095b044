# Chancery: `make run` sets up .venv, ingests examples/ into ./chancery.db and prints the events;
# `make test` installs the dev extras and runs the test suite.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= chancery.db

.PHONY: run test serve lint clean

run: $(VENV)/.stamp-install
	$(BIN)/chancery ingest examples --db $(DB)
	$(BIN)/chancery events --db $(DB)
	@if $(BIN)/python -c "import chancery.web.app" 2>/dev/null; then \
		echo "Serving the record on http://127.0.0.1:8000 (Ctrl-C to stop)"; \
		$(BIN)/chancery serve --db $(DB); \
	fi

test: $(VENV)/.stamp-dev
	$(BIN)/python -m pytest -q

serve: $(VENV)/.stamp-install
	$(BIN)/chancery serve --db $(DB)

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check src tests

# Stamps: pip runs again only when pyproject.toml changes.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.stamp-install: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.stamp-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@ $(VENV)/.stamp-install

clean:
	rm -f $(DB) $(DB)-wal $(DB)-shm
