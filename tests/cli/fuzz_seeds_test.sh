#!/bin/sh
# Replays the seed inputs of every fuzz target (tests/fuzz/seeds/NAME/)
# through its replay build: inputs that once broke something stay tested.
BUILD=${BUILD:-build}
passed=0; failed=0
for dir in tests/fuzz/seeds/*/; do
    name=$(basename "$dir")
    bin="$BUILD/fuzz/$name-replay"
    if [ ! -x "$bin" ]; then
        echo "FAIL $name: $bin not built" >&2
        failed=$((failed + 1))
        continue
    fi
    if out=$("$bin" "$dir" 2>&1); then
        n=$(echo "$out" | sed -nE 's/^([0-9]+) passed, 0 failed$/\1/p')
        passed=$((passed + ${n:-0}))
    else
        echo "FAIL $name:" >&2
        echo "$out" | sed 's/^/    /' >&2
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
