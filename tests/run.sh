#!/bin/sh
# Runs every unit-test program and every CLI test script, then prints the
# total as "N passed, N failed" (", N skipped" when some were skipped).
# BUILD names the build folder; SHARED the shared data folder.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared/data}
export BUILD SHARED
passed=0; failed=0; skipped=0
tmp=$(mktemp)
for t in "$BUILD"/tests/*_test tests/cli/*_test.sh; do
    [ -e "$t" ] || continue
    case "$t" in *.sh) cmd="sh $t" ;; *) cmd="$t" ;; esac
    if $cmd >"$tmp" 2>"$tmp.err"; then status=ok; else status=FAIL; fi
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$tmp" | tail -n 1)
    if [ -z "$line" ]; then
        echo "FAIL $t: no summary line (exit status $status)"
        cat "$tmp.err"
        failed=$((failed + 1))
        continue
    fi
    p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
    s=$(echo "$line" | sed -nE 's/.*, ([0-9]+) skipped.*/\1/p')
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + ${s:-0}))
    if [ "$status" = FAIL ] && [ "$f" -eq 0 ]; then
        echo "FAIL $t exited non-zero"; failed=$((failed + 1))
    fi
    echo "$status $t: $line"
    if [ "$status" = FAIL ] || [ -s "$tmp.err" ] && grep -q -E 'FAIL|skip|absent' "$tmp.err"; then
        sed 's/^/    /' "$tmp.err"
    fi
done
rm -f "$tmp" "$tmp.err"
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
