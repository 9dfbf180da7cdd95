# Two commands on a fresh machine: `make run` and `make test`. Everything else is set-up they call.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
STORE  ?= data/store
HOST   ?= 127.0.0.1
PORT   ?= 8000
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
FRONT  := api/frontend
VENDOR := api/static/vendor
VENDOR_STAMP := $(VENDOR)/.vendored-$(shell cat $(FRONT)/package-lock.json | cksum | cut -d' ' -f1)

.PHONY: install vendor system allocator run graph serve test test-fast bench bench-sparql clean

install: $(STAMP) vendor

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

# The page's libraries from npm, pinned by the lock file, copied into api/static/vendor/ so the page
# loads nothing from a CDN. No install scripts run. Each entry is folder:file (under node_modules/);
# every library's licence goes with it.
VENDORED := \
	codemirror:codemirror/lib/codemirror.js codemirror:codemirror/lib/codemirror.css \
	codemirror:codemirror/mode/sparql/sparql.js codemirror:codemirror/addon/edit/matchbrackets.js \
	codemirror:codemirror/addon/hint/show-hint.js codemirror:codemirror/addon/hint/show-hint.css codemirror:codemirror/LICENSE \
	cytoscape:cytoscape/dist/cytoscape.min.js cytoscape:cytoscape/LICENSE \
	chart.js:chart.js/dist/chart.umd.min.js chart.js:chart.js/LICENSE.md \
	chartjs-adapter-date-fns:chartjs-adapter-date-fns/dist/chartjs-adapter-date-fns.bundle.min.js \
	chartjs-adapter-date-fns:chartjs-adapter-date-fns/LICENSE.md date-fns:date-fns/LICENSE.md \
	chartjs-plugin-zoom:chartjs-plugin-zoom/dist/chartjs-plugin-zoom.min.js chartjs-plugin-zoom:chartjs-plugin-zoom/LICENSE.md \
	hammerjs:hammerjs/hammer.min.js hammerjs:hammerjs/LICENSE.md \
	swagger-ui:swagger-ui-dist/swagger-ui-bundle.js swagger-ui:swagger-ui-dist/swagger-ui.css swagger-ui:swagger-ui-dist/LICENSE

vendor: $(VENDOR_STAMP)

$(VENDOR_STAMP): $(FRONT)/package.json $(FRONT)/package-lock.json Makefile
	@command -v npm >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nodejs npm >/dev/null; }
	rm -rf build/npm $(VENDOR) && mkdir -p build/npm $(VENDOR)
	cp $(FRONT)/package.json $(FRONT)/package-lock.json build/npm/
	cd build/npm && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	for entry in $(VENDORED); do \
		mkdir -p $(VENDOR)/$${entry%%:*} && cp build/npm/node_modules/$${entry#*:} $(VENDOR)/$${entry%%:*}/ || exit 1; \
	done
	touch $@

# Debian packages: headless Chromium and its driver for the browser tests; WordNet 3.0, from which
# `kg lexicon wordnet` derives ontologies/lexicon/en.wordnet.tsv (checked by tests/test_wordnet.py);
# jemalloc, the allocator of `kg serve`'s serving processes (KG_SERVER_ALLOCATOR, docs/api.md).
system:
	@{ command -v chromium >/dev/null 2>&1 && [ -f /usr/share/wordnet/index.verb ] && /sbin/ldconfig -p | grep -q libjemalloc.so.2; } || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver wordnet-base libjemalloc2 >/dev/null; }

graph: install
	$(BIN)/kg ingest samples/ --store $(STORE)

# jemalloc alone, for serving: without it (no rights to install) kg serve runs on the C library's allocator
allocator:
	@/sbin/ldconfig -p | grep -q libjemalloc.so.2 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libjemalloc2 >/dev/null; } || echo "jemalloc not installed: kg serve uses the C library's allocator"

serve: install allocator
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

run: graph allocator
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: install system
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

bench: install
	$(BIN)/python bench/ingest.py

bench-sparql: install
	$(BIN)/python bench/sparql.py

clean:
	rm -rf $(VENV) data build *.egg-info
