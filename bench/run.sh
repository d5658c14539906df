#!/bin/sh
# make bench: throughput of each pipeline stage on real news.
#
# The corpus is the Voice of America stories in ../shared/data/news,
# repeated to $BENCH_MB megabytes (default 8) by make_corpus; it is rebuilt
# when missing and never committed. Each stage benchmark prints one line;
# the whole-pipeline runs time the sitrep command itself (median of 3).
# Latest figures: docs/benchmarks.md.
set -eu
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared/data}
MB=${BENCH_MB:-8}
voa="$SHARED/news/voa_stories.jsonl"
if [ ! -f "$voa" ]; then
    echo "bench: $voa is absent; the benchmarks need ../shared/data/news" >&2
    exit 1
fi
mkdir -p bench/corpus
txt=bench/corpus/voa-${MB}mb.txt
jsonl=bench/corpus/voa-${MB}mb.jsonl
[ -s "$txt" ] && [ -s "$jsonl" ] || "$BUILD/bench/make_corpus" "$voa" "$MB" "$txt" "$jsonl"

echo "machine: $(nproc) cores, $(uname -m), $(cc --version | head -n 1)"
echo "corpus: $txt ($(wc -c <"$txt") bytes of VOA text, repeated)"

run_if() { # run_if BINARY ARGS...: run a stage benchmark when it was built
    if [ -x "$1" ]; then "$@"; else echo "$(basename "$1"): not built"; fi
}
run_if "$BUILD/bench/bench_segment" "$txt"
run_if "$BUILD/bench/bench_parse" "$SHARED/ud-english-ewt/en_ewt-ud-test.conllu" "$txt"
run_if "$BUILD/bench/bench_dict" "$SHARED/petrarch2/dictionaries"
run_if "$BUILD/bench/bench_code" "$txt" "$SHARED/petrarch2/config/PETR_config.ini" \
    "$SHARED/petrarch2/dictionaries"
run_if "$BUILD/bench/bench_attr" "$txt"
if [ -f gazetteer/places.bin ]; then
    run_if "$BUILD/bench/bench_places" "$txt" 300
else
    echo "bench_places: gazetteer/places.bin not built (make gazetteer)"
fi

# Whole command, reading JSON Lines: median wall time of three runs.
time_cmd() { # time_cmd LABEL CMD...: prints LABEL: MB/s and records/s
    label=$1; shift
    times=""
    for _ in 1 2 3; do
        start=$(date +%s.%N)
        "$@" >/dev/null
        end=$(date +%s.%N)
        times="$times $(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
    done
    median=$(echo $times | tr ' ' '\n' | sort -n | sed -n 2p)
    bytes=$(wc -c <"$jsonl"); records=$(wc -l <"$jsonl")
    awk -v l="$label" -v t="$median" -v b="$bytes" -v r="$records" \
        'BEGIN { printf "%s: %.1f MB/s, %.0f records/s (%.3f s, median of 3)\n", l, b / 1048576 / t, r / t, t }'
}
time_cmd "sitrep parse --tokens-only (read+split+tokenize+write)" \
    "$BUILD/sitrep" parse --tokens-only -q "$jsonl"
if "$BUILD/sitrep" parse -q examples/syria-2024-11.txt >/dev/null 2>&1; then
    time_cmd "sitrep parse (read+split+tokenize+tag+parse+write)" \
        "$BUILD/sitrep" parse -q "$jsonl"
fi
if "$BUILD/sitrep" code -q examples/syria-2024-11.txt >/dev/null 2>&1; then
    time_cmd "sitrep code, own dictionaries (read+...+code+attributes+write jsonl)" \
        "$BUILD/sitrep" code -q --to jsonl "$jsonl"
fi
