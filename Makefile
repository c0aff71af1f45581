# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test lint format bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	$(BIN)/streamlit run app.py

# The browser journeys (tests/e2e) need a chromium; without one they are skipped, and said so.
CHROMIUM_FOUND = $(or $(CHROMIUM),$(shell command -v chromium || command -v chromium-browser))

test: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@$(if $(CHROMIUM_FOUND),,echo "note: no chromium found: the browser journeys in tests/e2e will be \
	skipped (apt-get install chromium to run them)")
	$(BIN)/python -m pytest

# Runs the browser journeys and copies their screenshots of Balance, Posts and Plan to docs/.
screenshots: $(VENV)/.dev
	$(BIN)/python -m pytest tests/e2e -q
	mkdir -p docs
	for page in balance posts plan; do cp test-results/screenshots/$$page.png docs/; done

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(VENV)/.dev
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache
