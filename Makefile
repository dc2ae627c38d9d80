# One command for each job; each sets up what it needs first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
TESTS   := $(VENV)/.installed-tests
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test test-fast check serve validate links bench venv lint lock clean chromium configure screenshots messages

site: $(STAMP)            ## Build the site into site/ (all or nothing)
	$(BIN)/practices build

test: $(TESTS) chromium   ## Run every test, browser tests included
	$(BIN)/python -m pytest

# One worker per core; a test file stays on one worker, so that its module fixtures (the sites it builds) are
# built once.
test-fast: $(TESTS)       ## Unit and build tests, without the browser, one worker per core
	$(BIN)/python -m pytest -m "not browser" -n auto --dist loadfile

# The one gate, run by CI (.ci/run): lint, formatting, types, then every test. mypy checks
# generator/ at the level set in pyproject.toml's [tool.mypy]; `make types` runs that step alone.
check: $(TESTS) chromium  ## Lint, formatting, types and every test: what CI runs
	$(BIN)/ruff check generator tests benchmarks scripts
	$(BIN)/ruff format --check generator tests benchmarks scripts
	$(BIN)/mypy generator
	$(BIN)/python -m pytest

types: $(TESTS)           ## Type-check the generator (also part of make check)
	$(BIN)/mypy generator

# `mkdocs serve` would serve under site_url's path (/good-practices/); a small configuration that
# inherits mkdocs.yml serves the site at the root instead, at the address the README gives.
# --dirty: after the first build, only the pages an edit changes are rendered again (the plugin tells
# them by their inputs), and Pagefind re-indexes the pages on disk, so search finds the edited words.
serve: $(STAMP)           ## Preview at http://127.0.0.1:8000/ with live reload
	printf 'INHERIT: mkdocs.yml\nsite_url: http://127.0.0.1:8000/\n' > .serve.yml
	$(BIN)/mkdocs serve --livereload --dirty -f .serve.yml -a 127.0.0.1:8000

# Set the repository (owner/name on GitHub) and the site's address in mkdocs.yml, in one go.
configure:                ## make configure REPO=owner/name URL=https://owner.github.io/name/
	@echo "$(REPO)" | grep -Eq '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$$' || { echo "REPO must look like owner/name" >&2; exit 2; }
	@echo "$(URL)" | grep -Eq '^https?://[A-Za-z0-9.:-]+(/[A-Za-z0-9._~/-]*)?$$' || { echo "URL must be a web address such as https://owner.github.io/name/" >&2; exit 2; }
	sed -i.bak -e 's|^site_url: .*|site_url: $(URL)|' -e 's|^repo_url: .*|repo_url: https://github.com/$(REPO)|' \
	  -e 's|^repo_name: .*|repo_name: $(REPO)|' mkdocs.yml && rm -f mkdocs.yml.bak
	@grep -E '^(site_url|repo_url|repo_name):' mkdocs.yml

screenshots: $(TESTS) chromium  ## PNGs of home, catalogue, a practice and the map at 1280 and 360 px into docs/screenshots/
	$(BIN)/python -m tests.screenshots --samples $(or $(SAMPLES),0)

# Extract the interface words into generator/locales/messages.pot and bring each language's messages.po
# in line; YAML=old/messages.yml also takes the translations of a file in the old messages.yml format.
messages: $(STAMP)        ## Refresh the translation catalogues (CONTRIBUTING.md, "Translating the site")
	$(BIN)/python scripts/messages_to_po.py $(YAML)

validate: $(STAMP)        ## Check every record and list all problems
	$(BIN)/practices validate practices

links: $(STAMP)           ## Check the external links of the records (needs the network)
	$(BIN)/practices links practices

bench: $(STAMP)           ## Measure the build at 1,000 and 5,000 synthetic practices against plain baselines
	$(BIN)/python benchmarks/bench.py

lint: $(TESTS)
	$(BIN)/ruff check generator tests benchmarks scripts
	$(BIN)/ruff format --check generator tests benchmarks scripts

# requirements*.in hold our direct choices; the .txt files pin every package with its hashes.
lock:                     ## Re-lock requirements*.txt from requirements*.in (needs PyPI)
	test -x .lock-venv/bin/pip-compile || { $(PY) -m venv .lock-venv && .lock-venv/bin/pip install --quiet pip-tools==7.6.2; }
	.lock-venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	  --no-emit-find-links -o requirements.txt requirements.in
	.lock-venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	  --no-emit-find-links -o requirements-test.txt requirements-test.in

venv: $(STAMP)

chromium:                 ## Debian's Chromium for the browser tests (Playwright never downloads one)
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "Install Debian's chromium first: sudo apt-get install chromium" >&2; exit 1; fi; }

# Building needs requirements.txt only; the tests' tools (browser driver, axe, linters) come with make test.
$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

$(TESTS): $(STAMP) requirements-test.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-test.txt
	touch $(TESTS)

clean:
	rm -rf site .site.tmp .site.old .serve.yml .lock-venv
