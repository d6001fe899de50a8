# dyad: `make demo` and `make test` are the quick start; `make bench` prints speed and accuracy figures.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: install demo test bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	@touch $@

install: $(VENV)/.installed

demo: install
	rm -f dyad.duckdb
	HF_HUB_OFFLINE=1 $(BIN)/dyad ingest demo/articles --metadata demo/metadata.csv --db dyad.duckdb
	$(BIN)/dyad events --db dyad.duckdb --limit 15

test: install
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

bench: install
	HF_HUB_OFFLINE=1 $(BIN)/python bench/run.py --shared $(SHARED)

clean:
	rm -rf $(VENV) dyad.duckdb .pytest_cache build src/*.egg-info
