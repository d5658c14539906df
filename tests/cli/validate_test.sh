#!/bin/sh
# The coder's validation figures must not fall below the ratchet in
# tests/ratchet/validate.txt. Skips (and says so) when the shared data or,
# for the own-parser mode, the models are absent.
. tests/cli/lib.sh
VALIDATE=${BUILD:-build}/tools/validate/validate
XML=$SHARED/ud-petrarch-validation/PETR_Validate_records_2_02.xml
RATCHET=tests/ratchet/validate.txt

if [ ! -f "$XML" ]; then
    skip "validate: shared data absent: $XML (set SHARED to ../shared/data)"
    summary; exit $?
fi
if [ ! -x "$VALIDATE" ]; then
    fail "validate: $VALIDATE not built (make BUILD=${BUILD:-build})"
    summary; exit $?
fi

"$VALIDATE" --data . "$XML" >"$TMPD/figures" 2>"$TMPD/err"
status=$?
cat "$TMPD/figures"
if [ "$status" -ne 0 ]; then
    fail "validate: exit status $status"; sed 's/^/    /' "$TMPD/err" >&2
    summary; exit $?
fi

for mode in use-parse own-parser; do
    line=$(grep "^$mode:" "$TMPD/figures")
    want=$(grep -E "^$mode[[:space:]]" "$RATCHET" | awk '{print $2, $3}')
    case "$line" in
    "") fail "validate: no $mode line in the output" ; continue ;;
    *skipped*) skip "validate $mode: ${line#*: }" ; continue ;;
    esac
    correct=$(echo "$line" | sed -nE 's/.*correct ([0-9]+)\/.*/\1/p')
    extra=$(echo "$line" | sed -nE 's/.*extra ([0-9]+) .*/\1/p')
    if [ -z "$want" ]; then
        echo "validate $mode: no ratchet line; measured correct $correct, extra $extra" >&2
        pass; continue
    fi
    min_correct=${want% *}; max_extra=${want#* }
    if [ "$correct" -ge "$min_correct" ]; then pass; else
        fail "validate $mode: correct $correct fell below the ratchet $min_correct"; fi
    if [ "$extra" -le "$max_extra" ]; then pass; else
        fail "validate $mode: extra $extra rose above the ratchet $max_extra"; fi
done
summary
