# reflexio — spec-driven Python client. `make help` lists the targets.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SERVER := tools/reflexio-server.sh

.PHONY: help install spec normalize client async check-generated test test-fast lint typecheck bench demo \
        server-install server-start server-stop config-schema clean prism-install

help:  ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

install: $(PY)  ## create .venv and install the project with its dev and codegen extras
	$(PY) -m pip install -q -e ".[dev]"

spec: install  ## fetch the running server's /openapi.json (REFLEXIO_SPEC_URL) and normalize it
	$(PY) scripts/fetch_spec.py
	$(MAKE) normalize

normalize: install  ## re-derive openapi/reflexio.yaml from openapi/upstream/ (no network)
	$(PY) scripts/normalize_spec.py

config-schema:  ## refresh openapi/upstream/config.schema.json from the server's Config model
	$(SERVER) config-schema openapi/upstream/config.schema.json

client: install  ## regenerate generated/reflexio_api from openapi/reflexio.yaml (pinned generator)
	$(PY) scripts/codegen.py

async: install  ## regenerate reflexio/_async from reflexio/_sync
	$(PY) scripts/gen_async.py

check-generated: install  ## fail if `make client` or `make async` would change a file
	$(PY) -m pytest -q tests/test_generated_drift.py

# The Prism mock server (package.json / package-lock.json). Without npm the Prism tests skip,
# or fail when REFLEXIO_REQUIRE_SERVER=1 (CI).
PRISM_STAMP := node_modules/.installed

$(PRISM_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund && touch $@; \
	else echo "npm not found: the Prism tests cannot run (install Node.js and npm)"; fi

prism-install: $(PRISM_STAMP)  ## install the Prism mock server into node_modules (npm ci)

test: install $(PRISM_STAMP)  ## the whole suite: unit, fault matrix, real server, Prism mock, fuzzing
	$(PY) -m pytest -ra $(PYTEST_ARGS)

test-fast: install  ## the suite without the real server, Prism, soak tests and codegen; small fuzzing
	$(PY) -m pytest -ra -m "not server and not prism and not slow" --hypothesis-profile=fast $(PYTEST_ARGS)

lint: install  ## ruff + mypy on the hand-written code (tests/test_lint.py runs the same in CI)
	$(PY) -m ruff check
	$(PY) -m ruff format --check
	$(PY) -m mypy

bench: install  ## benchmarks side by side (writes bench/results/)
	$(PY) bench/run.py

demo: install  ## the quickstart: against $$REFLEXIO_API_URL, else a local server it starts
	$(PY) examples/demo.py

server-install:  ## install the real reflexio-ai server (Python 3.13 venv in /opt; ~4 min once)
	$(SERVER) install

server-start:  ## start the real server on 127.0.0.1:8081
	$(SERVER) start

server-stop:
	$(SERVER) stop

clean:
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis
