#!/bin/sh
# Issue coding through the real command: the JSONL "issues" key, the TSV
# issues column in PETRARCH2's CODE,COUNT;CODE,COUNT form, --explain lines
# with the list's file:line, exclusions, and issue lists that are empty or
# have bad lines. The issue lists are written here; the verbs and actors are
# the coder fixtures.
. tests/cli/lib.sh

if [ ! -f models/tagger.bin ]; then
    skip "issue coding needs the models in models/ to parse text"
    summary
    exit $?
fi

dicts="--verbs tests/data/coder/verbs.txt --actors tests/data/coder/actors.txt"
cat >"$TMPD/issues.txt" <<'LIST'
<ISSUE CATEGORY="ARMS">
nuclear n:weapon [NUKES]
n:weapon [WEAPONS]
n:rocket [WEAPONS]
~water pistol
</ISSUE>
<ISSUE CATEGORY="SPORT">
~~yacht race
</ISSUE>
LIST
printf 'Valdoria accused Marestan of hiding nuclear weapons, rockets and other weapons.\n' \
    >"$TMPD/arms.txt"
printf 'Valdoria accused Marestan.\n' >"$TMPD/plain.txt"

check_exit "code with --issues" 0 "$SITREP" code $dicts --issues "$TMPD/issues.txt" \
    --date 2024-05-01 --to jsonl "$TMPD/arms.txt"
check_grep "jsonl issues with counts, in order found" "$TMPD/out" \
    '"issues":\[\{"code":"NUKES","count":1\},\{"code":"WEAPONS","count":2\}\]'
check_grep "issues come right after quad" "$TMPD/out" '"quad":3,"issues":\['

check_exit "code --to tsv with --issues" 0 "$SITREP" code $dicts --issues "$TMPD/issues.txt" \
    --date 2024-05-01 --to tsv "$TMPD/arms.txt"
check_grep "tsv issues column" "$TMPD/out" '^20240501	VAL	MAR	112	NUKES,1;WEAPONS,2	'

check_exit "code --explain with --issues" 0 "$SITREP" code $dicts --issues "$TMPD/issues.txt" \
    --date 2024-05-01 --to jsonl --explain "$TMPD/arms.txt"
check_grep "explain names phrase and line" "$TMPD/out" \
    '"issue NUKES: \\"nuclear weapons\\" \([^"]*issues.txt:2\)"'
check_grep "explain names the plural's line" "$TMPD/out" \
    '"issue WEAPONS: \\"rockets\\" \([^"]*issues.txt:4\)"'

check_exit "a sentence without issues" 0 "$SITREP" code $dicts --issues "$TMPD/issues.txt" \
    --date 2024-05-01 --to jsonl "$TMPD/plain.txt"
check_grep "jsonl issues empty array" "$TMPD/out" '"issues":\[\]'
check_exit "tsv without issues" 0 "$SITREP" code $dicts --issues "$TMPD/issues.txt" \
    --date 2024-05-01 --to tsv "$TMPD/plain.txt"
check_grep "tsv issues column empty" "$TMPD/out" '^20240501	VAL	MAR	112		'
check_exit "jsonl without an issue list" 0 "$SITREP" code $dicts --date 2024-05-01 \
    --to jsonl "$TMPD/arms.txt"
check_grep "no list: empty array" "$TMPD/out" '"issues":\[\]'

printf 'Valdoria accused Marestan of hiding nuclear weapons in a water pistol.\n' >"$TMPD/toy.txt"
check_exit "sentence exclusion" 0 "$SITREP" code $dicts --issues "$TMPD/issues.txt" \
    --date 2024-05-01 --to jsonl "$TMPD/toy.txt"
check_grep "sentence exclusion empties the issues" "$TMPD/out" '"issues":\[\]'
printf 'Valdoria accused Marestan of hiding nuclear weapons. The yacht race went ahead.\n' \
    >"$TMPD/race.txt"
check_exit "story exclusion" 0 "$SITREP" code $dicts --issues "$TMPD/issues.txt" \
    --date 2024-05-01 --to jsonl --explain "$TMPD/race.txt"
check_grep "story exclusion empties the issues" "$TMPD/out" '"code":"112".*"issues":\[\]'
check_grep "story exclusion explained" "$TMPD/out" \
    '"issues: none: \\"yacht race\\" \(sentence 1\) excludes the whole story'

check_exit "table shows issues" 0 "$SITREP" code $dicts --issues "$TMPD/issues.txt" \
    --date 2024-05-01 --to table "$TMPD/arms.txt"
check_grep "table issues column" "$TMPD/out" 'ISSUES$'
check_grep "table issues cell" "$TMPD/out" 'NUKES WEAPONS\(2\)$'

# Lists that hold nothing, or bad lines, load and code nothing wrong.
printf '# nothing yet\n' >"$TMPD/empty.txt"
check_exit "empty issue list" 0 "$SITREP" code $dicts --issues "$TMPD/empty.txt" \
    --date 2024-05-01 --to jsonl "$TMPD/arms.txt"
check_grep "empty list: empty array" "$TMPD/out" '"issues":\[\]'
: >"$TMPD/zero.txt"
check_exit "zero-byte issue list" 0 "$SITREP" code $dicts --issues "$TMPD/zero.txt" \
    --date 2024-05-01 --to jsonl "$TMPD/arms.txt"
check_grep "zero-byte list: empty array" "$TMPD/out" '"issues":\[\]'
printf 'nuclear weapons [NUKES] extra\nn:weapon [WEAPONS]\n' >"$TMPD/bad.txt"
check_exit "issue list with a bad line" 0 "$SITREP" code $dicts --issues "$TMPD/bad.txt" \
    --dict-report --date 2024-05-01 --to jsonl "$TMPD/arms.txt"
check_grep "bad line reported with file and line" "$TMPD/err" 'bad.txt:1: error: unexpected "extra"'
check_grep "good lines still code" "$TMPD/out" '"issues":\[\{"code":"WEAPONS","count":2\}\]'
check_exit "missing issue list" 4 "$SITREP" code $dicts --issues "$TMPD/nope.txt" \
    --date 2024-05-01 "$TMPD/arms.txt"
check_grep "missing issue list named" "$TMPD/err" 'nope.txt'

check_exit "code --help" 0 "$SITREP" code --help
check_nogrep "help no longer says issues are not coded" "$TMPD/out" 'not coded'

summary
