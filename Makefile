# dragoman: the two commands a user needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= dragoman.duckdb

.PHONY: run test lint eval bench screenshots clean

# the stamp makes the install re-run when pyproject.toml changes
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/dragoman code examples/news --db $(DB)
	$(BIN)/dragoman summary --db $(DB)

test: $(VENV)/.installed
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

eval: $(VENV)/.installed
	$(BIN)/dragoman eval ../shared/bench/plover_gsr.jsonl --by-type

bench: $(VENV)/.installed
	$(BIN)/dragoman bench examples/news --size 200 --workers 2

# the README's pictures of the web app (needs Debian's chromium: apt-get install -y chromium)
screenshots: $(VENV)/.installed
	$(BIN)/python scripts/web_screenshots.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache .ruff_cache src/*.egg-info
