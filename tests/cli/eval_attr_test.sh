#!/bin/sh
# The attribute evaluator (tools/validate/eval_attr) and its figures.
# First, on the small fixtures in tests/data/eval_attr (no shared data
# needed): errors on an unreadable or malformed gold file and on rows that
# do not fit the articles, and the format of every output line. Then on the
# gold set in eval/attributes/: the output format with sitrep's own
# dictionaries, and with PETRARCH2's Phoenix set (when the shared data is
# there) the figures against the ratchet in tests/ratchet/attributes.txt.
# Skips (and says so) when the models or the shared data are absent.
. tests/cli/lib.sh
EVAL=${BUILD:-build}/tools/validate/eval_attr
FIX=tests/data/eval_attr
RATCHET=tests/ratchet/attributes.txt
PHOENIX=$SHARED/petrarch2

# check_format NAME FILE: every figure line of eval_attr's output is there,
# in the documented shape.
check_format() {
    n='[0-9]+'
    f="$n/$n \([0-9]+\.[0-9]%\)"
    check_grep "$1: summary line" "$2" \
        "^eval-attr: articles $n, sentences $n, gold events $n, coded $n, not coded $n; coded events $n\$"
    check_grep "$1: location line" "$2" \
        "^location: ($f right city or admin1|not available \(.+\))\$"
    for p in "" "readers-"; do
        check_grep "$1: ${p}date line" "$2" \
            "^${p}date: $f exact day; vague $n/$n right precision; undated $n/$n kept the publication date\$"
        check_grep "$1: ${p}killed line" "$2" "^${p}killed: $f exact\$"
        check_grep "$1: ${p}injured line" "$2" "^${p}injured: $f exact\$"
        check_grep "$1: ${p}spurious line" "$2" \
            "^${p}spurious: $f (coded|gold) events with a figure the text does not state\$"
    done
}

# figure LABEL FILE: the first number of LABEL's line ("date: 19/19 ..." -> 19).
figure() {
    sed -nE "s/^$1: ([0-9]+)\/.*/\1/p" "$2" | head -n 1
}

# percent LABEL FILE: the percentage on LABEL's line.
percent() {
    sed -nE "s/^$1: [0-9]+\/[0-9]+ \(([0-9.]+)%\).*/\1/p" "$2" | head -n 1
}

# ratchet NAME GOT: compares GOT with NAME's line of the ratchet file.
ratchet() {
    line=$(grep -E "^$1[[:space:]]" "$RATCHET")
    kind=$(echo "$line" | awk '{print $2}'); bound=$(echo "$line" | awk '{print $3}')
    if [ -z "$line" ]; then
        echo "$1: no ratchet line; measured $2" >&2; pass
    elif [ -z "$2" ]; then
        fail "$1: no figure in the output"
    elif [ "$kind" = at-least ] && awk "BEGIN { exit !($2 >= $bound) }"; then
        pass
    elif [ "$kind" = at-most ] && awk "BEGIN { exit !($2 <= $bound) }"; then
        pass
    else
        fail "$1: measured $2, ratchet $kind $bound"
    fi
}

if [ ! -x "$EVAL" ]; then
    fail "eval_attr: $EVAL not built (make BUILD=${BUILD:-build})"
    summary
    exit
fi

# ---------------------------------------------------------------- fixtures
dicts="--data . --verbs $FIX/verbs.txt --actors $FIX/actors.txt"
# shellcheck disable=SC2086 # $dicts is a list of words on purpose
check_exit "eval_attr: missing gold" 2 "$EVAL" $dicts "$FIX/articles.jsonl" "$FIX/absent.tsv"
check_grep "eval_attr: missing gold named" "$TMPD/err" "absent\.tsv: cannot read"
# shellcheck disable=SC2086
check_exit "eval_attr: missing articles" 2 "$EVAL" $dicts "$FIX/absent.jsonl" "$FIX/gold.tsv"
check_grep "eval_attr: missing articles named" "$TMPD/err" "absent\.jsonl: cannot open"
# shellcheck disable=SC2086
check_exit "eval_attr: malformed date" 2 "$EVAL" $dicts "$FIX/articles.jsonl" "$FIX/bad_date.tsv"
check_grep "eval_attr: malformed date located" "$TMPD/err" \
    "bad_date\.tsv:3: field 5 \(date\) \"last week\": expected pubdate or YYYY-MM-DD"
# shellcheck disable=SC2086
check_exit "eval_attr: missing fields" 2 "$EVAL" $dicts "$FIX/articles.jsonl" "$FIX/bad_fields.tsv"
check_grep "eval_attr: missing fields located" "$TMPD/err" "bad_fields\.tsv:1: expected 7 tab-separated"

# shellcheck disable=SC2086
check_exit "eval_attr: missing gazetteer" 2 "$EVAL" $dicts --gazetteer "$FIX/absent.bin" \
    "$FIX/articles.jsonl" "$FIX/gold.tsv"
check_grep "eval_attr: missing gazetteer named" "$TMPD/err" "absent\.bin"

# shellcheck disable=SC2086
"$EVAL" $dicts "$FIX/articles.jsonl" "$FIX/gold.tsv" >"$TMPD/fix" 2>"$TMPD/err"
status=$?
if grep -q "^eval-attr: skipped" "$TMPD/fix"; then
    skip "eval_attr fixtures: $(cat "$TMPD/fix")"
else
    if [ "$status" -eq 0 ]; then pass; else
        fail "eval_attr fixture: exit status $status"; sed 's/^/    /' "$TMPD/err" >&2; fi
    check_format "eval_attr fixture" "$TMPD/fix"
    check_grep "eval_attr fixture counts" "$TMPD/fix" \
        "^eval-attr: articles 2, sentences 4, gold events 3, "
    # shellcheck disable=SC2086
    check_exit "eval_attr: rows that do not fit" 1 "$EVAL" $dicts "$FIX/articles.jsonl" \
        "$FIX/misfit.tsv"
    check_grep "eval_attr: missing word named" "$TMPD/err" \
        "misfit\.tsv:3: sentence 0 of fix-1 has no word \"stormed\""
    check_grep "eval_attr: missing sentence named" "$TMPD/err" \
        "misfit\.tsv:4: article fix-1 has 2 sentences, not a sentence 7"
    check_grep "eval_attr: missing article named" "$TMPD/err" "misfit\.tsv:5: no article fix-9"
    check_grep "eval_attr: a fitting row still scored" "$TMPD/out" "gold events 1, "
fi

# ---------------------------------------------------------------- gold set, own dictionaries
if [ -d dict/verbs ]; then
    "$EVAL" --data . >"$TMPD/own" 2>"$TMPD/err"
    status=$?
    cat "$TMPD/own"
    if grep -q "^eval-attr: skipped" "$TMPD/own"; then
        skip "eval-attr (own dictionaries): $(cat "$TMPD/own")"
    elif [ "$status" -ne 0 ]; then
        fail "eval-attr (own dictionaries): exit status $status"; sed 's/^/    /' "$TMPD/err" >&2
    else
        pass
        check_format "eval-attr (own dictionaries)" "$TMPD/own"
        for what in date killed injured spurious; do
            ratchet "readers-$what" "$(figure "readers-$what" "$TMPD/own")"
        done
        ratchet own-coded "$(sed -nE 's/.* coded ([0-9]+), not coded.*/\1/p' "$TMPD/own")"
        ratchet own-date "$(figure date "$TMPD/own")"
        ratchet own-killed "$(figure killed "$TMPD/own")"
        ratchet own-spurious-pct "$(percent spurious "$TMPD/own")"
        if grep -q "^location: not available" "$TMPD/own"; then
            skip "own-location: $(grep '^location:' "$TMPD/own")"
        else
            ratchet own-location "$(figure location "$TMPD/own")"
        fi
    fi
else
    skip "eval-attr (own dictionaries): no dict/verbs in the checkout"
fi

# ---------------------------------------------------------------- gold set, Phoenix
if [ ! -f "$PHOENIX/config/PETR_config.ini" ]; then
    skip "eval-attr (Phoenix): shared data absent: $PHOENIX/config/PETR_config.ini (set SHARED to ../shared/data)"
else
    "$EVAL" --data . --petrarch-config "$PHOENIX/config/PETR_config.ini" \
        --dict "$PHOENIX/dictionaries" >"$TMPD/phoenix" 2>"$TMPD/err"
    status=$?
    cat "$TMPD/phoenix"
    if grep -q "^eval-attr: skipped" "$TMPD/phoenix"; then
        skip "eval-attr (Phoenix): $(cat "$TMPD/phoenix")"
    elif [ "$status" -ne 0 ]; then
        fail "eval-attr (Phoenix): exit status $status"; sed 's/^/    /' "$TMPD/err" >&2
    else
        pass
        check_format "eval-attr (Phoenix)" "$TMPD/phoenix"
        ratchet phoenix-date "$(figure date "$TMPD/phoenix")"
        ratchet phoenix-killed "$(figure killed "$TMPD/phoenix")"
        ratchet phoenix-spurious-pct "$(percent spurious "$TMPD/phoenix")"
        if grep -q "^location: not available" "$TMPD/phoenix"; then
            skip "phoenix-location: $(grep '^location:' "$TMPD/phoenix")"
        else
            ratchet phoenix-location "$(figure location "$TMPD/phoenix")"
        fi
    fi
fi
summary
