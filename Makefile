# claimledger: `make demo` sets everything up and runs the main job; `make test` runs the tests.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := samples/radio-canada-2024-10-31.txt
DEMO_DB := demo/ledger.db
PORT ?= 8001

.PHONY: demo serve test lint eval test-eval bench bench-ledger schema train clean

$(BIN)/claimledger: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (set PYTHON=...)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

demo: $(BIN)/claimledger
	@mkdir -p demo
	$(BIN)/claimledger extract $(SAMPLE) --published 2024-10-31 -o demo/seed.json
	@rm -f $(DEMO_DB)
	$(BIN)/claimledger ingest $(SAMPLE) --published 2024-10-31 --db $(DEMO_DB)
	$(BIN)/claimledger show $$($(BIN)/python -c "import json;print(json.load(open('demo/seed.json'))['doc_id'])") --db $(DEMO_DB) --summary
	$(BIN)/claimledger compare "soldats nord-coréens" --db $(DEMO_DB) --plot demo/soldats.svg

# Browse the demo ledger, read-only, at http://127.0.0.1:$(PORT)/ (builds it first if missing).
# The server never writes: a demo ledger from an older claimledger is migrated by `entities` first.
serve: $(BIN)/claimledger
	@test -f $(DEMO_DB) || $(MAKE) --no-print-directory demo
	@$(BIN)/claimledger entities --db $(DEMO_DB) --limit 1 >/dev/null
	$(BIN)/claimledger serve $(DEMO_DB) --port $(PORT)

test: $(BIN)/claimledger
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest

lint: $(BIN)/claimledger
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

eval: $(BIN)/claimledger
	$(BIN)/claimledger evaluate devset

# The held-out set: never used to tune the extractors.
test-eval: $(BIN)/claimledger
	$(BIN)/claimledger evaluate testset

bench: $(BIN)/claimledger
	$(BIN)/claimledger benchmark

# 100 000 synthetic documents: ingest, then time compare and quotes --search (takes minutes).
bench-ledger: $(BIN)/claimledger
	$(BIN)/python -m claimledger.interfaces.ledger_benchmark --documents 100000 --db /tmp/claimledger-bench.db

# retrain the French and English models from ../shared/data into src/claimledger/models (< 1 hour on 2 cores)
train: $(BIN)/claimledger
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(BIN)/python -m claimledger.annotate.training

schema: $(BIN)/claimledger
	$(BIN)/claimledger schema -o schema/document-v1.schema.json

clean:
	rm -rf $(VENV) demo build src/*.egg-info
