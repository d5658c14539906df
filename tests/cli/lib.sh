# Helpers for CLI test scripts: source this file, call check_* for each
# case, and finish with summary. SITREP is the binary under test.
SITREP=${SITREP:-${BUILD:-build}/sitrep}
SHARED=${SHARED:-../shared/data}
TMPD=$(mktemp -d)
trap 'rm -rf "$TMPD"' EXIT
cli_passed=0; cli_failed=0; cli_skipped=0

pass() { cli_passed=$((cli_passed + 1)); }
fail() { cli_failed=$((cli_failed + 1)); echo "FAIL $1" >&2; }
skip() { cli_skipped=$((cli_skipped + 1)); echo "skip $1" >&2; }

# check_exit NAME WANT_STATUS CMD...: runs CMD, compares its exit status.
# Output goes to $TMPD/out and $TMPD/err for further checks.
check_exit() {
    name=$1; want=$2; shift 2
    "$@" >"$TMPD/out" 2>"$TMPD/err" </dev/null
    got=$?
    if [ "$got" -eq "$want" ]; then pass; else
        fail "$name: exit status $got, want $want"; sed 's/^/    /' "$TMPD/err" >&2; fi
}

# check_grep NAME FILE PATTERN: FILE must contain PATTERN (grep -E).
check_grep() {
    if grep -qE -- "$3" "$2"; then pass; else
        fail "$1: '$3' not found in $(basename "$2")"; sed 's/^/    /' "$2" | head -20 >&2; fi
}

check_nogrep() {
    if grep -qE -- "$3" "$2"; then
        fail "$1: '$3' unexpectedly found in $(basename "$2")"; else pass; fi
}

# code_line NAME TEXT: codes TEXT (one sentence, sitrep's own
# dictionaries, dated 2025-03-01) and leaves "source target code" lines
# in $TMPD/triples.
code_line() {
    printf '%s\n' "$2" >"$TMPD/in.txt"
    check_exit "$1 codes" 0 "$SITREP" code --date 2025-03-01 --to jsonl "$TMPD/in.txt"
    sed -nE 's/.*"source":"([^"]*)","target":"([^"]*)","code":"([^"]*)".*/\1 \2 \3/p' \
        "$TMPD/out" >"$TMPD/triples"
}

summary() {
    if [ "$cli_skipped" -gt 0 ]; then
        echo "$cli_passed passed, $cli_failed failed, $cli_skipped skipped"
    else
        echo "$cli_passed passed, $cli_failed failed"
    fi
    [ "$cli_failed" -eq 0 ]
}
