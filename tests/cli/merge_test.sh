#!/bin/sh
# CLI tests of one event per happening: `sitrep merge` over hand-written
# event lines (tests/data/merge/events.jsonl, bad.jsonl), and, with
# PETRARCH2's Phoenix dictionaries from the shared data, `code` merging
# repeated mentions within a story, --no-dedup, --merge and --explain over
# three short stories (tests/data/merge/stories.jsonl).
. tests/cli/lib.sh
DATA=tests/data/merge

# --- sitrep merge ----------------------------------------------------------
check_exit "merge --help" 0 "$SITREP" merge --help
check_grep "merge --help names the keys" "$TMPD/out" 'sources'
check_exit "help merge" 0 "$SITREP" help merge
check_grep "sitrep help lists merge" "$TMPD/out" 'records'
check_exit "merge unknown option" 2 "$SITREP" merge --frobnicate
check_grep "merge unknown option named" "$TMPD/err" "unknown option '--frobnicate' for merge"

check_exit "merge events" 0 "$SITREP" merge "$DATA/events.jsonl"
cp "$TMPD/out" "$TMPD/merged"
if [ "$(wc -l <"$TMPD/merged")" -eq 2 ]; then pass; else
    fail "merge events: $(wc -l <"$TMPD/merged") lines, want 2"; fi
# The strike: a-1 (190, no place, 2 mentions) + b-7 (195, Idlib) + a-2.
check_grep "merge keeps the specific code and the place" "$TMPD/merged" \
    '^\{"id":"wire-b-7","sent":0,"date":"2024-11-30","source":"RUSMIL","target":"SYR","code":"195","location":\{"name":"Idlib"'
check_grep "merge sums mentions" "$TMPD/merged" '"RUSMIL".*"mentions":4'
check_grep "merge counts outlets as sources" "$TMPD/merged" '"RUSMIL".*"sources":2,'
check_grep "merge lists the records" "$TMPD/merged" '"records":\["wire-b-7","wire-a-1","wire-a-2"\]'
check_grep "merge takes the largest toll" "$TMPD/merged" '"RUSMIL".*"killed":20,.*"killed_low":12'
check_grep "merge keeps a lone event" "$TMPD/merged" '"TUR".*"mentions":1,.*"sources":1,"records":\["wire-a-1"\]'
check_nogrep "merge passes over explanation lines" "$TMPD/merged" 'Rebel commanders'

check_exit "merge from stdin" 0 sh -c "\"$SITREP\" merge < $DATA/events.jsonl"
if cmp -s "$TMPD/out" "$TMPD/merged"; then pass; else fail "merge from stdin differs from the file"; fi
gzip -c "$DATA/events.jsonl" >"$TMPD/events.jsonl.gz"
check_exit "merge gzip" 0 "$SITREP" merge "$TMPD/events.jsonl.gz"
if cmp -s "$TMPD/out" "$TMPD/merged"; then pass; else fail "merge of gzip input differs"; fi
check_exit "merge -o" 0 "$SITREP" merge -o "$TMPD/o.jsonl" "$DATA/events.jsonl"
if cmp -s "$TMPD/o.jsonl" "$TMPD/merged"; then pass; else fail "merge -o differs"; fi
# Merged output merges again to the same events.
check_exit "merge of merged output" 0 "$SITREP" merge "$TMPD/merged"
check_grep "remerge keeps mentions and sources" "$TMPD/out" '"mentions":4,.*"sources":2,.*"outlets":\["Wire B","Wire A"\]'

# --- bad input to merge -------------------------------------------------------
check_exit "merge bad lines skipped" 0 "$SITREP" merge "$DATA/bad.jsonl"
check_grep "not JSON named with file:line" "$TMPD/err" "skipped line: $DATA/bad.jsonl:2: not JSON"
check_grep "non-object named" "$TMPD/err" "bad.jsonl:3: not an event: the line is an array"
check_grep "missing key named" "$TMPD/err" 'bad.jsonl:4: event has no "target" key'
check_grep "wrong type named" "$TMPD/err" 'bad.jsonl:5: "killed" is a string'
check_grep "bad-line summary" "$TMPD/err" '2 events read, 1 merged event written, 4 bad lines skipped'
check_grep "good lines around bad ones merged" "$TMPD/out" '"mentions":2,.*"records":\["wire-c-1","wire-c-4"\]'
check_exit "merge --strict fails on bad lines" 1 "$SITREP" merge --strict "$DATA/bad.jsonl"
check_grep "--strict said" "$TMPD/err" '(--strict: failing)'
check_exit "merge missing file" 3 "$SITREP" merge "$TMPD/no-such.jsonl"
check_grep "missing file named" "$TMPD/err" 'no-such.jsonl'
printf 'GIF89a\001\000\000' >"$TMPD/binary.jsonl"
check_exit "merge binary input skipped" 0 "$SITREP" merge "$TMPD/binary.jsonl"
check_grep "binary input named" "$TMPD/err" 'binary.jsonl:1: not JSON'
check_exit "merge empty input" 0 "$SITREP" merge /dev/null
if [ -s "$TMPD/out" ]; then fail "merge of empty input wrote something"; else pass; fi

# --- scale: 200,000 synthetic events from 50,000 happenings, time-limited ----
SYNTH=${BUILD:-build}/tools/merge/synth_events
if [ -x "$SYNTH" ]; then
    "$SYNTH" 200000 50000 >"$TMPD/synth.jsonl"
    check_exit "merge 200k events within 60 s" 0 timeout 60 "$SITREP" merge "$TMPD/synth.jsonl"
    n=$(wc -l <"$TMPD/out")
    sum=$(grep -o '"mentions":[0-9]*' "$TMPD/out" | awk -F: '{ s += $2 } END { print s }')
    if [ "$n" -le 50000 ] && [ "$n" -gt 40000 ]; then pass; else
        fail "merge 200k events: $n merged events, want at most 50000 (and most of them)"; fi
    if [ "$sum" = 200000 ]; then pass; else fail "merge 200k events: mentions add to $sum"; fi
else
    skip "merge at scale: $SYNTH not built (make all)"
fi

# --- code: within a story, and --merge ------------------------------------------
PHOENIX=$SHARED/petrarch2
if [ -f "$PHOENIX/config/PETR_config.ini" ]; then
    set -- --petrarch-config "$PHOENIX/config/PETR_config.ini" --dict "$PHOENIX/dictionaries" -q
    check_exit "code stories" 0 "$SITREP" code "$@" --to jsonl "$DATA/stories.jsonl"
    cp "$TMPD/out" "$TMPD/coded"
    # Story a-1 bombs Idlib twice on Saturday (195 and 190): one event.
    check_grep "repeated mentions merged" "$TMPD/coded" \
        '"id":"wire-a-1","sent":0,.*"code":"195".*"mentions":2,"outlet":"Wire A"'
    check_nogrep "the 190 mention is gone" "$TMPD/coded" '"id":"wire-a-1","sent":1,'
    check_grep "other events count one mention" "$TMPD/coded" '"source":"TUR".*"mentions":1,'
    check_exit "code --no-dedup" 0 "$SITREP" code "$@" --no-dedup --to jsonl "$DATA/stories.jsonl"
    check_grep "--no-dedup keeps the 190 mention" "$TMPD/out" '"id":"wire-a-1","sent":1,.*"code":"190".*"mentions":1,'
    check_exit "code --explain" 0 "$SITREP" code "$@" --explain --to jsonl "$DATA/stories.jsonl"
    check_grep "--explain names the merged sentences" "$TMPD/out" \
        'merged 2 mentions of one happening \(sentences 0, 1\); kept the one in sentence 0'
    check_exit "code --merge" 0 "$SITREP" code "$@" --merge "$DATA/stories.jsonl"
    cp "$TMPD/out" "$TMPD/code-merge"
    check_grep "--merge: one strike from two outlets" "$TMPD/code-merge" \
        '"code":"195".*"mentions":4,.*"sources":2,"records":\["wire-a-1","wire-b-7","wire-a-2"\]'
    if [ "$(wc -l <"$TMPD/code-merge")" -eq 3 ]; then pass; else
        fail "code --merge: $(wc -l <"$TMPD/code-merge") events, want 3"; fi
    check_exit "code | merge" 0 "$SITREP" merge "$TMPD/coded"
    if cmp -s "$TMPD/out" "$TMPD/code-merge"; then pass; else
        fail "code --merge differs from code | sitrep merge"; fi
    check_exit "code --merge --to tsv refused" 2 "$SITREP" code "$@" --merge --to tsv "$DATA/stories.jsonl"
    check_grep "--merge --to tsv says why" "$TMPD/err" '--merge writes jsonl only'
else
    skip "code with dedup and --merge: shared data absent: $PHOENIX (set SHARED to ../shared/data)"
fi

summary
