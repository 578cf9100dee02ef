# tariffwire front door. `make run` and `make test` work on a fresh clone:
# they create .venv from the lock file (uv.lock) and need nothing installed
# but python3.11.
PYTHON ?= python3
VENV := .venv
UV_VERSION := 0.13.8
UV := .tools/bin/uv
WAREHOUSE ?= warehouse-data
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)

.PHONY: run test setup dictionary bench clean fuzz chaos

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --extra dev --quiet
	touch $@

setup: $(VENV)/.synced

run: setup
	$(VENV)/bin/tariffwire run --input seeds --warehouse $(WAREHOUSE)
	@echo
	@echo "Example query: latest known rate per imposer, target and product"
	@$(VENV)/bin/tariffwire sql --warehouse $(WAREHOUSE) \
	  "SELECT imposer, target, coalesce(product, '(all goods)') AS product, rate_pct, status, effective_date FROM latest_tariff_rates ORDER BY imposer, target, product"

test: setup
	$(VENV)/bin/python -m pytest -q

bench: setup
	$(VENV)/bin/tariffwire bench --input seeds --out .bench/runs.json

dictionary: setup
	$(VENV)/bin/python -m schemas.dictionary > docs/data-dictionary.md

clean:
	rm -rf $(WAREHOUSE) .prefect .pytest_cache .hypothesis

# Long fuzzing: 10,000 Hypothesis examples per property, then atheris on the per-file function when it is
# installed (it is not a dependency; see tests/test_fuzz.py). FUZZ_SECONDS bounds the atheris part.
FUZZ_SECONDS ?= 300
fuzz: setup
	HYPOTHESIS_PROFILE=long $(VENV)/bin/python -m pytest -q --hypothesis-show-statistics tests/test_fuzz.py
	@if $(VENV)/bin/python -c "import atheris" 2>/dev/null; then \
	  $(VENV)/bin/python -m tests.test_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=8192; \
	else echo "atheris is not installed: skipped coverage-guided fuzzing (pip install atheris to add it)"; fi

# Crash testing: SIGKILL at every stage boundary and 24 random points, plus injected write failures.
chaos: setup
	TARIFFWIRE_CHAOS=long $(VENV)/bin/python -m pytest -q -s tests/test_chaos.py
