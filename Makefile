# Two commands on a fresh clone:  make site  (build site/)   make test  (run the tests)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# Re-install when the project's dependencies change.
STAMP      := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
TEST_STAMP := $(VENV)/.installed-test-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: site test serve check export schema browser clean bench accuracy accuracy-history

site: $(STAMP)
	$(BIN)/factsheet build

serve: $(STAMP)
	$(BIN)/factsheet serve

check: $(STAMP)
	$(BIN)/factsheet check

test: $(TEST_STAMP) browser
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q $(PYTEST_ARGS)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	rm -f $(VENV)/.installed-*; touch $@

$(TEST_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	rm -f $(VENV)/.installed-*; touch $@ $(STAMP)

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null) \
	      || echo "warning: could not install chromium; browser tests will be skipped"; \
	  else echo "warning: chromium is not installed and this user cannot apt-get it; browser tests will be skipped"; fi; }

bench: $(TEST_STAMP)
	$(BIN)/python bench/run_all.py

# Extract every annotated set from scratch and score it: the README's accuracy table.
accuracy: $(STAMP)
	$(BIN)/python bench/accuracy.py

# Every untuned set scored with the extractor that first met it, and with today's (needs git history).
accuracy-history: $(STAMP)
	$(BIN)/python bench/untuned_history.py

schema: $(STAMP)
	$(BIN)/factsheet schema

clean:
	rm -rf site .site.* .pytest_cache
