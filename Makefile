# sitrep — `make run` and `make test` work from a fresh clone (they install and build as needed).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export TZ := UTC

IN ?= input
OUT ?= output
FORMAT ?= jsonl,csv
# CSV field separator: `make run CSV_SEP=';'` for French/Spanish-locale spreadsheets (default ",").
CSV_SEP ?=
CONCURRENCY ?=
GOLD ?= ../shared/eval/dev.jsonl
# LANG is also the locale variable of the environment: only `make run LANG=fr` on the command line selects a language.
ifeq ($(origin LANG),command line)
RUN_LANG := $(LANG)
else
RUN_LANG := auto
endif

NODE_STAMP := node_modules/.package-lock.json
DIST_STAMP := dist/.stamp
SOURCES := $(shell find src schemas -name '*.ts' -o -name '*.json' 2>/dev/null) package.json tsconfig.json
# Runs through its #! line (node and the V8 flags that can only be given at start: src/cli/main.ts), which needs `env -S`;
# where env has no -S (BusyBox), `make run CLI="node dist/src/cli/main.js"`: same output, more memory and time.
CLI := dist/src/cli/main.js

.PHONY: run build test eval schemas golden clean bench bench-ab bench-counts install fuzz regex-timings

# npm ci when node_modules is missing or older than package-lock.json.
$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

install: $(NODE_STAMP)

$(DIST_STAMP): $(NODE_STAMP) $(SOURCES)
	rm -rf dist
	npx tsc -p tsconfig.json
	chmod +x dist/src/cli/main.js
	@touch $@

build: $(DIST_STAMP)

# Exit 1 from extract means "done, some rows went to rejects.jsonl": reported, not a make failure.
run: $(DIST_STAMP)
	@rc=0; $(CLI) extract $(IN) --out $(OUT) --format $(FORMAT) --lang $(RUN_LANG) \
	  $(if $(CONCURRENCY),--concurrency $(CONCURRENCY)) $(if $(CSV_SEP),--csv-delimiter '$(CSV_SEP)') || rc=$$?; \
	if [ $$rc -eq 1 ]; then echo "make: some documents or records were rejected: see $(OUT)/rejects.jsonl" >&2; \
	elif [ $$rc -ne 0 ]; then exit $$rc; fi

test: $(NODE_STAMP)
	npx tsc -p test/tsconfig.json
	npx vitest run $(VITEST_ARGS)

eval: $(DIST_STAMP)
	$(CLI) eval --gold $(GOLD) --out $(OUT)

# Regenerates schemas/*.schema.json and docs/columns.md from the zod schemas (committed; a test checks they are fresh).
schemas: $(NODE_STAMP)
	npx tsx scripts/gen-schemas.ts

# Regenerates test/golden/*.expected.jsonl from test/golden/*.txt (+ .meta.json). Review the diff before committing.
golden: $(DIST_STAMP)
	@if [ -n "$${CI:-}" ]; then echo "make golden: refusing to regenerate golden files under CI" >&2; exit 2; fi
	@for f in test/golden/*.txt; do \
	  $(CLI) extract "$$f" --out - --quiet > "$${f%.txt}.expected.jsonl" || [ $$? -eq 1 ]; \
	  echo "wrote $${f%.txt}.expected.jsonl"; \
	done

# Throughput, peak RSS and 1 → N workers speed-up of the built CLI on a synthetic corpus (scripts/bench.ts).
# BENCH_SIZE=10MB,100MB (default), add 1GB on request (BENCH_SPEEDUP=0: all-cores run only); corpora and outputs are cached under .bench/.
# BENCH_REPEAT=3: each run three times, alternating worker counts, with median rows (a shared machine's speed drifts).
BENCH_SIZE ?= 10MB,100MB
BENCH_REPEAT ?= 1
bench: $(DIST_STAMP)
	BENCH_SIZE=$(BENCH_SIZE) BENCH_REPEAT=$(BENCH_REPEAT) npx tsx scripts/bench.ts

# Two builds compared in one thread, in alternated rounds and in both load orders (scripts/bench-ab.ts): for changes of a
# few percent, which `make bench` cannot tell from the machine's drift. A and B are build directories, e.g. the dist of a
# worktree of the base commit (`git worktree add ../base HEAD~1 && (cd ../base && npm ci && npx tsc -p tsconfig.json)`).
AB_CORPUS ?= .bench/corpus-10MB.jsonl
AB_DOCS ?= 1000
AB_ROUNDS ?= 30
bench-ab: $(DIST_STAMP)
	@if [ -z "$(A)" ] || [ -z "$(B)" ]; then echo "usage: make bench-ab A=<dist dir> B=<dist dir> [AB_CORPUS=… AB_DOCS=… AB_ROUNDS=…]" >&2; exit 2; fi
	@[ -f "$(AB_CORPUS)" ] || { echo "make bench-ab: no corpus at $(AB_CORPUS) (make bench makes .bench/corpus-10MB.jsonl)" >&2; exit 2; }
	npx tsx scripts/bench-ab.ts $(A) $(B) $(AB_CORPUS) $(AB_DOCS) $(AB_ROUNDS)

# Every matcher on every adversarial text (test/robustness/adversarial.ts), worst first, timed on code compiled by tsc
# as `make run` runs it (tsx adds per-closure overhead). REGEX_SIZE=100000 characters (issue 7's bar: 50 ms each).
REGEX_SIZE ?= 100000
regex-timings: $(NODE_STAMP)
	rm -rf .timings
	npx tsc -p scripts/tsconfig.timings.json
	node .timings/scripts/regex-timings.js $(REGEX_SIZE)

bench-counts: $(NODE_STAMP)
	npx tsx scripts/bench-counts.ts

# 100,000 generated and mutated documents through the pipeline (2 worker threads) and a sample through the
# readers and the CLI: reports crashes, hangs (> 1 s) and schema violations (scripts/fuzz.ts). FUZZ_ARGS="--docs N --seed S".
fuzz: $(NODE_STAMP)
	npx tsx scripts/fuzz.ts $(FUZZ_ARGS)

clean:
	rm -rf dist coverage .bench .fuzz .timings
	rm -f $(addprefix $(OUT)/,events.jsonl events.csv events.parquet counts.jsonl counts.csv counts.parquet documents.csv rejects.jsonl manifest.json eval.json)
