# One command for each job; each sets up what it needs first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve validate links bench venv lint clean chromium

site: $(STAMP)            ## Build the site into site/ (all or nothing)
	$(BIN)/practices build

test: $(STAMP) chromium   ## Run every test, browser tests included
	$(BIN)/python -m pytest

serve: $(STAMP)           ## Preview at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --livereload

validate: $(STAMP)        ## Check every record and list all problems
	$(BIN)/practices validate practices

links: $(STAMP)           ## Check the external links of the records (needs the network)
	$(BIN)/practices links practices

bench: $(STAMP)           ## Measure the build at 100, 1,000 and 5,000 synthetic practices
	$(BIN)/python benchmarks/bench.py

lint: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks

venv: $(STAMP)

chromium:                 ## Debian's Chromium for the browser tests (Playwright never downloads one)
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "Install Debian's chromium first: sudo apt-get install chromium" >&2; exit 1; fi; }

$(STAMP): requirements.txt requirements-test.txt pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

clean:
	rm -rf site .site.tmp .site.old
