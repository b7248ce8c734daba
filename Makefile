# The two commands (see README.md):  make demo   and   make test
# Each creates the virtual environment .venv on first use; nothing else is needed.

# kg needs Python 3.12 or 3.13 (its default spaCy model package requires it);
# scripts/find-python.sh finds one (PATH, then pyenv's versions). Override with PYTHON=...
PYTHON ?= $(shell bash scripts/find-python.sh)
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= demo-output
STORE  ?= kg-store

.PHONY: demo test test-all test-ci tools bench bench-events bench-world install clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "no Python 3.12+ found; set PYTHON=..."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,distributed]'
	@touch $@

install: $(VENV)/.installed

## Load the example article into the embedded store, run the query library, write the exports.
demo: $(VENV)/.installed
	KG="$(BIN)/kg" OUT="$(OUT)" STORE="$(STORE)" bash scripts/demo.sh

## Run the test suite (what CI runs). Slow tests: make test-all
test: $(VENV)/.installed
	bash scripts/test.sh

test-all: $(VENV)/.installed
	bash scripts/test.sh -m ""

## Install the system tools the full suite uses (rapper, graphviz, pdftotext, Virtuoso,
## chromium, node): as root, `sudo make tools`. Without them their tests are skipped.
tools:
	bash .ci/install-tools.sh

## Exactly what CI runs (.ci/run): the tools, then make test. As root: sudo make test-ci
test-ci:
	bash .ci/run

## Print throughput and memory figures (not a test).
bench: $(VENV)/.installed
	$(BIN)/python bench/bench.py

## kg against the world corpus's gold, both parts (corpus/world/README.md).
bench-world: $(VENV)/.installed
	$(BIN)/kg eval corpus/world/dev/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/heldout/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/fresh/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/fresh2/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/fresh3/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/fresh4/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/fresh5/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/fresh6/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/fresh7/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/fresh8/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/fresh9/gold/*.json | sed -n '/^recall/,$$p'
	$(BIN)/kg eval corpus/world/fresh10/gold/*.json | sed -n '/^recall/,$$p'

## Event triggers and named arguments on the WikiEvents test split (bench/WIKIEVENTS.md).
bench-events: $(VENV)/.installed
	$(BIN)/python bench/wikievents.py --split test

clean:
	rm -rf $(VENV) $(OUT) $(STORE) build dist *.egg-info
