# One entry point for people and CI. Every target sets itself up.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
REGION ?= 32
# Test processes (pytest-xdist): one per core by default; a test file stays in one process
# (its xdist_group) so its cached parses are shared by its tests, but for the engine
# comparisons, spread one by one; the longest files are handed out first and the engine
# comparisons last (tests/conftest.py, SLOW_FILES), hence --no-loadscope-reorder.
TEST_WORKERS ?= auto

.PHONY: setup demo test test-engines lint bench dev clean

$(STAMP): pyproject.toml scripts/install_system_deps.sh
	bash scripts/install_system_deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## Run the whole pipeline on the demo corpus (generates it first).
## Exit code 2 means "published, some files quarantined" (the demo inbox holds a few on purpose).
demo: $(STAMP)
	$(BIN)/copdiag demo --region $(REGION)
	$(BIN)/copdiag refresh --region $(REGION) || [ $$? -eq 2 ]
	@echo "Tables publiées dans $(or $(COPDIAG_OUTPUTS),outputs)/$(REGION)/ (ouvrir synthese.html)"

## Run the tests (and the linter).
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

## The two PDF engines compared on every producer fixture (`make test` compares a sample).
test-engines: $(STAMP)
	COPDIAG_ENGINES_ALL=1 $(BIN)/pytest -n $(TEST_WORKERS) tests/sources/pdf/test_engines.py

lint: $(STAMP)
	$(BIN)/ruff check .

## Benchmarks: prints figures, asserts nothing.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py

## Dagster UI + daemon on 127.0.0.1:3000 (stop with Ctrl-C): same as `copdiag ui`, on the
## persistent history in $$DAGSTER_HOME (default data/dagster_home) that `make demo` fills.
dev: $(STAMP)
	$(BIN)/copdiag ui --host 127.0.0.1 --port 3000

clean:
	rm -rf $(VENV) data outputs/*/ .pytest_cache
