#!/bin/sh
# The Syria example article (examples/syria-2024-11.txt) coded end to end
# with sitrep's own dictionaries, as `make demo` does (issue 5, item 3):
# the airstrikes as 195 from the Russian and Syrian military to Syrian
# rebels, the capture of Aleppo as 192 by the rebels, and military support
# (06x/07x) from Iran and Russia to the Syrian government; nothing coded
# from the background sentences.
. tests/cli/lib.sh
ARTICLE=examples/syria-2024-11.txt

check_exit "Syria article codes" 0 "$SITREP" code --date 2024-12-01 --to jsonl "$ARTICLE"
cp "$TMPD/out" "$TMPD/events"
# One event per line: pull out "sent source target code" to match on.
sed -nE 's/.*"sent":([0-9]+).*"source":"([^"]*)","target":"([^"]*)","code":"([^"]*)".*/\1 \2 \3 \4/p' \
    "$TMPD/events" >"$TMPD/triples"
sed 's/^/    /' "$TMPD/triples" >&2

check_grep "airstrike: Russian military on Syrian rebels, 195" "$TMPD/triples" '^3 RUSMIL SYRREB 195$'
check_grep "airstrike: Syrian military on Syrian rebels, 195" "$TMPD/triples" '^3 SYRMIL SYRREB 195$'
check_grep "the rebels take Aleppo, 192" "$TMPD/triples" '^1 SYR(REB|INS)[A-Z]* SYR[A-Z]* 192$'
check_grep "Iran's military support for the government, 06x/07x" "$TMPD/triples" \
    '^[0-9]+ IRN[A-Z]* SYR(GOV|MIL)[A-Z]* 0[67][0-9]+$'
check_grep "Russia's military support for the government, 06x/07x" "$TMPD/triples" \
    '^[0-9]+ RUS[A-Z]* SYR(GOV|MIL)[A-Z]* 0[67][0-9]+$'
# Sentences 9 and 10 are background: Hezbollah's past and the war's toll.
check_nogrep "nothing from the background sentences" "$TMPD/triples" '^(9|10) '
check_grep "the airstrikes' toll" "$TMPD/events" '"code":"195".*"killed":25'
if [ -f gazetteer/places.bin ]; then
    check_grep "the airstrikes located in Idlib" "$TMPD/events" \
        '"code":"195".*"location":\{"name":"Idlib","country":"SYR"'
    check_grep "the capture of Aleppo located there" "$TMPD/events" \
        '"code":"192".*"location":\{"name":"Aleppo","country":"SYR"'
else
    skip "Syria article locations: gazetteer/places.bin not built (make gazetteer)"
fi
summary
