# reflexio — spec-driven Python client. `make help` lists the targets.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SERVER := tools/reflexio-server.sh

.PHONY: help install spec spec-diff regen normalize client fake-answers async docs check-generated test test-fast lint \
        typecheck bench bench-overhead demo dist server-install server-install-release server-start server-stop \
        config-schema clean prism-install compat

help:  ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# pip runs only when pyproject.toml changed since the last install (or the stamp is gone).
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

install: $(STAMP)  ## create .venv and install the project with its dev and codegen extras (once)

spec: install  ## fetch the running server's /openapi.json (REFLEXIO_SPEC_URL), normalize it, report the diff
	$(PY) scripts/fetch_spec.py
	$(PY) scripts/normalize_spec.py
	$(PY) scripts/spec_diff.py --base build/reflexio.previous.yaml --out build/spec-diff.md

BASE ?= HEAD
spec-diff: install  ## what openapi/reflexio.yaml changed since $$BASE (a git revision or a file) -> build/spec-diff.md
	$(PY) scripts/spec_diff.py --base $(BASE) --out build/spec-diff.md

# The tests that check the client against the spec: classification, coverage, placement, lint/mypy.
CONTRACT_TESTS := tests/test_spec.py tests/test_policy.py tests/test_spec_coverage.py tests/test_placement.py \
                  tests/test_field_coverage.py \
                  tests/test_generated_drift.py tests/test_lint.py

regen: install  ## after a server change: fetch the spec, the whole offline pipeline, the diff report, the fast suite
	$(PY) scripts/fetch_spec.py
	$(PY) scripts/pipeline.py
	$(PY) scripts/spec_diff.py --base build/reflexio.previous.yaml --out build/spec-diff.md
	@grep -m1 -E "change\(s\)|No change" build/spec-diff.md | sed 's/^/spec diff (build\/spec-diff.md): /'
	$(MAKE) --no-print-directory test-fast

normalize: install  ## re-derive openapi/reflexio.yaml from openapi/upstream/ (no network)
	$(PY) scripts/normalize_spec.py

config-schema:  ## refresh openapi/upstream/config.schema.json from the server's Config model
	$(SERVER) config-schema openapi/upstream/config.schema.json

client: install  ## regenerate generated/reflexio_api (pinned generator), reflexio/_bounds.py and the plain methods (reflexio/_sync/plain.py)
	$(PY) scripts/codegen.py
	$(PY) scripts/gen_bounds.py
	$(PY) scripts/gen_methods.py

fake-answers: install  ## regenerate reflexio/testing/_spec_answers.json (the fake's routes and example answers)
	$(PY) scripts/gen_fake_answers.py

async: install  ## regenerate reflexio/_async from reflexio/_sync, the session and raw-response views and docs/api.md
	$(PY) scripts/gen_async.py
	$(PY) scripts/gen_session.py
	$(PY) scripts/gen_raw.py
	$(PY) scripts/gen_api_docs.py

docs: install  ## regenerate docs/api.md (the API reference) from the client and the spec
	$(PY) scripts/gen_api_docs.py

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
	$(PY) bench/cli_startup.py

BENCH_BASE ?= ../base
bench-overhead: install  ## observability overhead vs a checkout of the previous code: BENCH_BASE=path (git worktree add --detach)
	nice $(PY) bench/overhead.py --base $(BENCH_BASE)

demo: install  ## the quickstart: against $$REFLEXIO_API_URL, else a local server it starts
	$(PY) examples/demo.py

server-install:  ## install the real reflexio-ai server (Python 3.13 venv in /opt; ~4 min once)
	$(SERVER) install

RELEASE ?= 0.2.28
server-install-release:  ## install an older reflexio-ai release beside the target into /opt/rx-$$RELEASE (light)
	REFLEXIO_VERSION=$(RELEASE) REFLEXIO_VENV=/opt/rx-$(RELEASE) $(SERVER) install

COMPAT_RELEASES ?= 0.2.32 0.2.28 0.2.24
compat: install  ## releases side by side (/opt/rx-<version>): the examples and common calls, this client and the official one
	$(PY) scripts/compat.py $(COMPAT_RELEASES)

server-start:  ## start the real server on 127.0.0.1:8081
	$(SERVER) start

server-stop:
	$(SERVER) stop

dist: install  ## sdist + wheel into dist/, twine check, then install the wheel into a clean venv and import it
	rm -rf dist
	$(PY) -m build --outdir dist .
	$(PY) -m twine check --strict dist/*
	$(PY) scripts/check_wheel.py dist

clean:
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
