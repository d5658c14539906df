#!/bin/sh
# CLI tests: options, exit codes, stdin, gzip, and every kind of bad input
# through the real command, checking the message names the file and line and
# that good records around a bad one still come out.
. tests/cli/lib.sh

# --- basics ---------------------------------------------------------------
check_exit "version" 0 "$SITREP" --version
check_grep "version prints a version" "$TMPD/out" '^sitrep [0-9]+\.[0-9]+\.[0-9]+$'
check_exit "help" 0 "$SITREP" help
check_grep "help lists commands" "$TMPD/out" 'parse'
check_exit "help parse" 0 "$SITREP" help parse
check_grep "help parse shows options" "$TMPD/out" '--tokens-only'
check_exit "code --help" 0 "$SITREP" code --help
check_grep "code --help shows --to" "$TMPD/out" 'jsonl, tsv or table'
check_exit "parse --help" 0 "$SITREP" parse --help
check_exit "no command" 2 "$SITREP"
check_exit "unknown command" 2 "$SITREP" frobnicate
check_grep "unknown command named" "$TMPD/err" "no such command 'frobnicate'"
check_exit "unknown option" 2 "$SITREP" parse --frobnicate
check_grep "unknown option named" "$TMPD/err" "unknown option '--frobnicate'"
check_exit "missing option value" 2 "$SITREP" parse --from
check_exit "bad --from" 2 "$SITREP" parse --from yaml x
check_exit "bad --date" 2 "$SITREP" parse --date 2024-13-45 x
check_grep "bad --date explains" "$TMPD/err" 'YYYY-MM-DD'
check_exit "bad --max-record" 2 "$SITREP" parse --max-record lots x
check_exit "parse --to jsonl refused" 2 "$SITREP" parse --to jsonl x

# --- a good article through stdin and a file --------------------------------
printf 'Rebels seized the town of Saraqib on Friday. Government troops withdrew.\n' >"$TMPD/a.txt"
check_exit "parse tokens-only from stdin" 0 sh -c "\"$SITREP\" parse --tokens-only < \"$TMPD/a.txt\""
check_grep "stdin record is named -#1" "$TMPD/out" '^# newdoc id = -#1$'
check_grep "two sentences" "$TMPD/out" '^# sent_id = -#1-2$'
check_grep "token line" "$TMPD/out" '^3	the	_	_	_	_	_	_	_	_$'
check_exit "parse tokens-only file with -o" 0 "$SITREP" parse --tokens-only --id art -o "$TMPD/o.conllu" "$TMPD/a.txt"
check_grep "-o wrote the file" "$TMPD/o.conllu" '^# newdoc id = art$'
gzip -c "$TMPD/a.txt" >"$TMPD/a.txt.gz"
check_exit "gzip input" 0 "$SITREP" parse --tokens-only "$TMPD/a.txt.gz"
check_grep "gzip text read" "$TMPD/out" 'Saraqib'
check_exit "output to an unwritable place" 5 "$SITREP" parse --tokens-only -o /nonexistent/dir/x "$TMPD/a.txt"
check_exit "write failure on a full device" 5 sh -c "\"$SITREP\" parse --tokens-only \"$TMPD/a.txt\" > /dev/full"
mkdir -p "$TMPD/nodict" && ln -s "$PWD/models" "$TMPD/nodict/models"
check_exit "code with no dictionaries anywhere refuses" 4 "$SITREP" code --data "$TMPD/nodict" "$TMPD/a.txt"
check_grep "code says which dictionaries are missing" "$TMPD/err" 'nodict/dict holds no verbs'
check_exit "code with agents alone refuses" 2 "$SITREP" code --agents tests/data/coder/actors.txt "$TMPD/a.txt"
check_grep "code says what is missing" "$TMPD/err" 'both --verbs FILE and --actors FILE'
check_exit "code with actors but no verbs refuses" 2 "$SITREP" code --actors tests/data/coder/actors.txt "$TMPD/a.txt"
check_exit "code with an unreadable verbs file" 4 "$SITREP" code --verbs "$TMPD/nope.txt" --actors tests/data/coder/actors.txt "$TMPD/a.txt"
check_grep "unreadable verbs file named" "$TMPD/err" 'nope.txt'

# --- bad input: one case each ----------------------------------------------
good='{"id":"g1","text":"Troops crossed the border."}'
good2='{"id":"g2","text":"Talks resumed in Geneva."}'

printf '%s\n{"id":"bad","text":"caf\351"}\n%s\n' "$good" "$good2" >"$TMPD/utf8.jsonl"
check_exit "invalid UTF-8 skipped" 0 "$SITREP" parse --tokens-only "$TMPD/utf8.jsonl"
check_grep "invalid UTF-8 named with line" "$TMPD/err" 'utf8.jsonl:2:.*UTF-8'
check_grep "records around invalid UTF-8 kept" "$TMPD/out" '# newdoc id = g2'
check_grep "summary counts the skipped record" "$TMPD/err" '2 records read, 1 unreadable and skipped'
check_exit "--strict fails on a skipped record" 1 "$SITREP" parse --tokens-only --strict "$TMPD/utf8.jsonl"

printf '%s\n{"id":"t","text":"cut off\n%s\n' "$good" "$good2" >"$TMPD/trunc.jsonl"
check_exit "truncated JSON skipped" 0 "$SITREP" parse --tokens-only "$TMPD/trunc.jsonl"
check_grep "truncated JSON named with line" "$TMPD/err" 'trunc.jsonl:2:'
check_grep "record after truncated JSON kept" "$TMPD/out" '# newdoc id = g2'

printf '%s\n[1,2,3]\n%s\n' "$good" "$good2" >"$TMPD/array.jsonl"
check_exit "non-object JSON skipped" 0 "$SITREP" parse --tokens-only "$TMPD/array.jsonl"
check_grep "non-object JSON named" "$TMPD/err" 'array.jsonl:2:.*object'

printf '%s\n{"id":"n","title":"no text here"}\n' "$good" >"$TMPD/notext.jsonl"
check_exit "JSON without text skipped" 0 "$SITREP" parse --tokens-only "$TMPD/notext.jsonl"
check_grep "JSON without text named" "$TMPD/err" 'notext.jsonl:2:.*text'

cat >"$TMPD/notext.xml" <<'XML'
<Sentences>
<Sentence date="20241130" id="X-1"><Text>Rebels took the airport.</Text></Sentence>
<Sentence date="20241130" id="X-2"><Parse>1	a	_	_	_	_	0	root	_	_</Parse></Sentence>
<Sentence date="20241130" id="X-3"><Text>Troops withdrew.</Text></Sentence>
</Sentences>
XML
check_exit "XML record without Text skipped" 0 "$SITREP" parse --tokens-only "$TMPD/notext.xml"
check_grep "XML record without Text named" "$TMPD/err" 'notext.xml:3:.*X-2.*<Text>'
check_grep "XML records around it kept" "$TMPD/out" '# newdoc id = X-3'

awk 'BEGIN { printf "{\"id\":\"big\",\"text\":\""; for (i = 0; i < 3000; i++) printf "words "; print "\"}" }' >"$TMPD/big.jsonl"
printf '%s\n' "$good" >>"$TMPD/big.jsonl"
check_exit "record over --max-record skipped" 0 "$SITREP" parse --tokens-only --max-record 4K "$TMPD/big.jsonl"
check_grep "over-limit record named" "$TMPD/err" 'big.jsonl:1:.*(limit|longer|exceeds)'
check_grep "record after the big one kept" "$TMPD/out" '# newdoc id = g1'

: >"$TMPD/empty.txt"
check_exit "empty file" 3 "$SITREP" parse --tokens-only "$TMPD/empty.txt"
check_grep "empty file named" "$TMPD/err" 'empty.txt.*empty'

printf 'ELF\000\001\002\003\000\000binary\000' >"$TMPD/blob.bin"
check_exit "binary file" 3 "$SITREP" parse --tokens-only "$TMPD/blob.bin"
check_grep "binary file named" "$TMPD/err" 'blob.bin.*binary'

check_exit "missing file" 3 "$SITREP" parse --tokens-only "$TMPD/nope.txt"
check_grep "missing file named" "$TMPD/err" 'nope.txt.*(No such file|cannot open)'

check_exit "a directory is not a file" 3 "$SITREP" parse --tokens-only "$TMPD"
check_grep "directory named" "$TMPD/err" "$(basename "$TMPD")"

# A missing file among good ones: the good ones still come out, status 3.
check_exit "missing file among others" 3 "$SITREP" parse --tokens-only "$TMPD/a.txt" "$TMPD/nope.txt" "$TMPD/utf8.jsonl"
check_grep "later files still read" "$TMPD/out" '# newdoc id = g2'

# --- parse: CoNLL-U in keeps its tokens and fills in the predicted columns -
printf '# text = Rebels shelled the town.\n1\tRebels\tX\tX\tX\t_\t3\tdep\t_\t_\n2\tshelled\t_\t_\t_\t_\t0\troot\t_\t_\n3\tthe\t_\t_\t_\t_\t2\tdep\t_\t_\n4\ttown\t_\t_\t_\t_\t2\tdep\t_\tSpaceAfter=No\n5\t.\t_\t_\t_\t_\t2\tpunct\t_\t_\n' >"$TMPD/in.conllu"
if [ -f models/tagger.bin ]; then
    check_exit "parse CoNLL-U" 0 "$SITREP" parse --from conllu --to conllu "$TMPD/in.conllu"
    cut -f1,2 "$TMPD/out" | grep -E '^[0-9]' >"$TMPD/forms"
    printf '1\tRebels\n2\tshelled\n3\tthe\n4\ttown\n5\t.\n' >"$TMPD/want"
    if cmp -s "$TMPD/forms" "$TMPD/want"; then pass; else fail "parse CoNLL-U kept ID and FORM"; fi
    check_grep "input annotation replaced by predictions" "$TMPD/out" '^1	Rebels	_	NOUN	NNS	_	2	nsubj	'
    check_grep "root predicted" "$TMPD/out" '^2	shelled	_	VERB	VBD	_	0	root	'
    check_grep "object predicted" "$TMPD/out" '^4	town	_	NOUN	NN	_	2	obj	'

    # An installed sitrep finds its models beside itself, with no SITREP_DATA.
    check_exit "make install" 0 make -s install PREFIX="$TMPD/inst" BUILD="${BUILD:-build}"
    check_exit "installed sitrep runs from its prefix" 0 env -u SITREP_DATA "$TMPD/inst/bin/sitrep" parse "$TMPD/a.txt"
    check_grep "installed sitrep parsed" "$TMPD/out" '	Saraqib	_	PROPN	'
    [ -f "$TMPD/inst/include/sitrep.h" ] && [ -f "$TMPD/inst/lib/libsitrep.a" ] && pass || fail "install: header and library"
else
    skip "parse CoNLL-U and install: no models in models/"
fi

# --- locations: --gazetteer, --no-locations, the default index --------------
coder_dicts="--verbs tests/data/coder/verbs.txt --actors tests/data/coder/actors.txt"
check_exit "code --gazetteer with a missing file" 4 "$SITREP" code $coder_dicts \
    --gazetteer "$TMPD/no-such-index.bin" "$TMPD/a.txt"
check_grep "missing gazetteer named" "$TMPD/err" 'no-such-index.bin: gazetteer index'
printf 'not an index\n' >"$TMPD/junk.bin"
check_exit "code --gazetteer with a corrupt file" 4 "$SITREP" code $coder_dicts \
    --gazetteer "$TMPD/junk.bin" "$TMPD/a.txt"
check_grep "corrupt gazetteer named" "$TMPD/err" 'junk.bin: gazetteer index'
check_exit "--gazetteer with --no-locations refused" 2 "$SITREP" code $coder_dicts \
    --gazetteer "$TMPD/junk.bin" --no-locations "$TMPD/a.txt"
check_exit "parse refuses --no-locations" 2 "$SITREP" parse --no-locations "$TMPD/a.txt"
check_exit "code --help" 0 "$SITREP" code --help
check_grep "code --help shows --gazetteer" "$TMPD/out" '--gazetteer FILE'
check_grep "code --help shows --no-locations" "$TMPD/out" '--no-locations'
gaz_builder="${BUILD:-build}/tools/gazetteer/build_gazetteer"
if [ -f models/tagger.bin ] && [ -x "$gaz_builder" ]; then
    "$gaz_builder" --places tests/data/gazetteer/places.txt --admin1 tests/data/gazetteer/admin1.json \
        --countries tests/data/gazetteer/countries.json -o "$TMPD/fixture.bin" >/dev/null
    printf 'Valdorian troops shelled Marestani positions outside Homs on Friday.\n' >"$TMPD/homs.txt"
    check_exit "code locates with --gazetteer" 0 "$SITREP" code $coder_dicts --to jsonl \
        --date 2024-11-30 --gazetteer "$TMPD/fixture.bin" "$TMPD/homs.txt"
    check_grep "location written with its kind" "$TMPD/out" \
        '"location":\{"name":"Homs","country":"SYR","admin1":"Homs",.*"geonameid":169577,"kind":"city"\}'
    check_exit "code --no-locations" 0 "$SITREP" code $coder_dicts --to jsonl \
        --date 2024-11-30 --no-locations "$TMPD/homs.txt"
    check_grep "--no-locations writes null" "$TMPD/out" '"location":null'
    check_nogrep "--no-locations warns of nothing" "$TMPD/err" 'gazetteer'
    check_exit "code --to tsv locates" 0 "$SITREP" code $coder_dicts --to tsv \
        --date 2024-11-30 --gazetteer "$TMPD/fixture.bin" "$TMPD/homs.txt"
    check_grep "tsv location columns" "$TMPD/out" '	Homs	SYR	34\.7[0-9]*	36\.7[0-9]*	'
    # A data folder without the default index: events still come out, with
    # one warning.
    mkdir -p "$TMPD/nogaz" && ln -s "$PWD/models" "$TMPD/nogaz/models"
    check_exit "missing default index is a warning" 0 "$SITREP" code $coder_dicts --to jsonl \
        --date 2024-11-30 --data "$TMPD/nogaz" "$TMPD/homs.txt"
    check_grep "the warning names the index" "$TMPD/err" \
        '^sitrep: warning: .*nogaz/gazetteer/places.bin is missing'
    [ "$(grep -c 'places.bin' "$TMPD/err")" -eq 1 ] && pass || fail "the warning is printed once"
    check_grep "events still coded without the index" "$TMPD/out" '"location":null'
    if [ -f gazetteer/places.bin ]; then
        check_exit "installed sitrep finds its gazetteer" 0 env -u SITREP_DATA \
            "$TMPD/inst/bin/sitrep" code $coder_dicts --to jsonl --date 2024-11-30 "$TMPD/homs.txt"
        check_nogrep "installed: no missing-index warning" "$TMPD/err" 'places.bin'
        check_grep "installed: Homs located" "$TMPD/out" '"name":"Homs","country":"SYR"'
    else
        skip "installed gazetteer: no gazetteer/places.bin (make gazetteer)"
    fi
else
    skip "locations through the CLI: no models in models/ or no $gaz_builder"
fi

# --- models: a data folder without them is a clear error --------------------
mkdir -p "$TMPD/nodata/models"
check_exit "missing models" 4 "$SITREP" parse --data "$TMPD/nodata" "$TMPD/a.txt"
check_grep "missing model named" "$TMPD/err" 'nodata/models'

# --- background: events the text dates over a year before publication -----
if [ -d dict/verbs ]; then
    printf 'In 2015, Syrian troops attacked Turkish soldiers near the border.\n' >"$TMPD/old.txt"
    check_exit "an event of 2015 in a 2025 story" 0 "$SITREP" code --date 2025-03-01 --to jsonl "$TMPD/old.txt"
    check_nogrep "is background, not coded" "$TMPD/out" '"code":"190"'
    check_exit "--keep-history codes it" 0 "$SITREP" code --date 2025-03-01 --to jsonl --keep-history "$TMPD/old.txt"
    check_grep "kept with its year" "$TMPD/out" '"date_precision":"year".*"code":"190"'
    check_exit "--explain says why" 0 "$SITREP" code --date 2025-03-01 --to jsonl --explain "$TMPD/old.txt"
    check_grep "background note" "$TMPD/out" 'is background: the text dates it to a period from 2015-01-01'
    # Agents with no actor take the story's country, unless --agents-alone.
    printf 'Syrian rebels reached the capital.\nGovernment troops shelled the rebels on Tuesday.\n' >"$TMPD/agents.txt"
    check_exit "agents take the story country" 0 "$SITREP" code --date 2025-03-01 --to jsonl "$TMPD/agents.txt"
    check_grep "government troops are Syria's" "$TMPD/out" '"source":"SYRMIL"'
    check_exit "--agents-alone" 0 "$SITREP" code --date 2025-03-01 --to jsonl --agents-alone "$TMPD/agents.txt"
    check_nogrep "--agents-alone keeps them countryless" "$TMPD/out" '"source":"SYRMIL"'
    check_exit "parse takes no --agents-alone" 2 "$SITREP" parse --agents-alone "$TMPD/agents.txt"
    # One-sided events: the default with sitrep's own dictionaries; a
    # statement to nobody named is not one; --require-dyad drops them.
    printf 'Syrian rebels attacked on Tuesday.\nThe Syrian president spoke on Tuesday.\n' >"$TMPD/mono.txt"
    check_exit "one-sided events by default" 0 "$SITREP" code --date 2025-03-01 --to jsonl "$TMPD/mono.txt"
    check_grep "a source and no target" "$TMPD/out" '"source":"SYRREB","target":"---","code":"19'
    check_nogrep "no one-sided statement" "$TMPD/out" '"code":"01'
    check_exit "--require-dyad" 0 "$SITREP" code --date 2025-03-01 --to jsonl --require-dyad "$TMPD/mono.txt"
    check_nogrep "--require-dyad drops one-sided events" "$TMPD/out" '"code"'
    check_exit "--explain with --require-dyad" 0 "$SITREP" code --date 2025-03-01 --to jsonl --require-dyad --explain "$TMPD/mono.txt"
    check_grep "says require_dyad" "$TMPD/out" 'no target actor.*(require_dyad)'
    check_exit "--no-require-dyad with a PETRARCH2 set" 0 "$SITREP" code --date 2025-03-01 --to jsonl \
        --no-require-dyad --verbs dict/verbs/conflict.txt --actors dict/actors/countries.txt \
        --agents dict/agents.txt "$TMPD/mono.txt"
    check_grep "codes one-sided events too" "$TMPD/out" '"target":"---","code":"19'
    check_exit "a PETRARCH2 set named file by file requires dyads" 0 "$SITREP" code --date 2025-03-01 --to jsonl \
        --verbs dict/verbs/conflict.txt --actors dict/actors/countries.txt \
        --agents dict/agents.txt "$TMPD/mono.txt"
    check_nogrep "as PETRARCH2 does" "$TMPD/out" '"code"'
    printf 'Last year, Syrian troops attacked Turkish soldiers near the border.\n' >"$TMPD/recent.txt"
    check_exit "an event of last year" 0 "$SITREP" code --date 2025-03-01 --to jsonl "$TMPD/recent.txt"
    check_grep "last year is still news" "$TMPD/out" '"code":"190"'
else
    skip "background events: no dict/verbs in the checkout"
fi

summary
