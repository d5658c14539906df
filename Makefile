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
BENCH_SRC = $(wildcard bench/*.c)
BENCH_BIN = $(patsubst bench/%.c,$(BUILD)/bench/%,$(BENCH_SRC))

LIB = $(BUILD)/libsitrep.a
BIN = $(BUILD)/sitrep

.PHONY: all deps test test-asan demo bench install clean eval-text eval-parser validate
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

$(BUILD)/bench/%: bench/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIB) $(LIBS)

deps:
	sh scripts/install-deps.sh

test: all $(TEST_BIN)
	@BUILD=$(BUILD) SHARED=$(SHARED) sh tests/run.sh

# Sanitizer build in its own folder; -O1 keeps it quick enough for CI.
test-asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	        LDFLAGS_EXTRA= test

demo: $(BIN)
	$(BIN) code examples/syria-2024-11.txt --date 2024-11-28 --to table

bench: all $(BENCH_BIN)
	@BUILD=$(BUILD) SHARED=$(SHARED) sh bench/run.sh

eval-text: all
	$(BUILD)/tools/text/eval_segment $(SHARED)/ud-english-ewt/en_ewt-ud-test.conllu

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
	           $(DESTDIR)$(PREFIX)/share/sitrep
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/sitrep
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libsitrep.a
	install -m 644 include/sitrep.h $(DESTDIR)$(PREFIX)/include/sitrep.h
	cp -R data/. $(DESTDIR)$(PREFIX)/share/sitrep/ 2>/dev/null || true

clean:
	rm -rf build build-asan

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
