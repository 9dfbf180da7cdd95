# Two commands on a fresh machine: `make run` and `make test`. Everything else is set-up they call.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
STORE  ?= data/store
HOST   ?= 127.0.0.1
PORT   ?= 8000
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install system run graph serve test test-fast bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

# Debian packages the browser tests need (headless Chromium and its driver).
system:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; }

graph: install
	$(BIN)/kg ingest samples/ --store $(STORE)

serve: install
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

run: graph
	@echo "page:     http://$(HOST):$(PORT)/"
	@echo "endpoint: http://$(HOST):$(PORT)/sparql"
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: install system
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

bench: install
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) data build *.egg-info
