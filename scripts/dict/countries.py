#!/usr/bin/env python3
"""Writes dict/actors/countries.txt (PETRARCH2 actor format) for sitrep.

Inputs:
  /usr/share/iso-codes/json/iso_3166-1.json  (Debian iso-codes: every
      ISO 3166-1 entry, its alpha-3 code and its ISO names)
  scripts/dict/countries_table.txt  (hand-written: other names, adjectives,
      words for the people, capitals)
  scripts/dict/countries_tail.txt   (hand-written actor entries copied as
      they are: seats of government, regions, phrases that must not code)

Usage, from the repository root:
  python3 scripts/dict/countries.py > dict/actors/countries.txt
  python3 scripts/dict/countries.py --check dict/actors/countries.txt
The second form regenerates in memory and exits 1 (naming the first line
that differs) when the file was edited by hand or the table changed
without regenerating, so a reviewer can tell the two are in step.

The script stops with a message naming the table line when a phrase would
belong to two countries, a code is not an ISO code (Kosovo's XKX aside),
or an ISO country would end up without any phrase.

Written for sitrep; MIT licence (see LICENSE).
"""

import io
import json
import os
import sys
import unicodedata

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "countries_table.txt")
TAIL = os.path.join(HERE, "countries_tail.txt")

# Codes used in news that ISO 3166-1 does not assign.
EXTRA_CODES = {"XKX": "Kosovo"}

# Phrases that a rule would produce but that must not code as the country:
# "Reunion", "Jersey" and "Male" (Malé without its accent) are everyday
# words (matching ignores case), and a bare "Congo" is given to the
# Democratic Republic from 1997 (an entry with dates at the end, see the
# file header).
# Labels for the comment line above an entry, where ISO's short name is
# inverted or shared.
LABELS = {
    "COD": "Congo, Democratic Republic of the",
    "COG": "Congo, Republic of the",
}

DROP = {
    ("REU", "REUNION_"),
    ("JEY", "JERSEY_"),
    ("COG", "CONGO_"),
    ("MDV", "MALE_"),
}

HEADER = """\
# sitrep actor dictionary: countries
#
# What it holds: every country and territory of ISO 3166-1 (plus Kosovo,
# XKX, and Palestine, PSE, as news uses them), each with its names (ISO
# short, official and common names, and the other names news uses:
# "Britain", "U.K.", "America", "Burma", "Ivory Coast"), its adjectives
# ("Syrian", "Emirati"), the words for its people ("Syrians", "Britons")
# and its capital or seat of government where news uses the city for the
# country ("Moscow said", "talks between Kyiv and Washington"). At the end:
# seats of government and state bodies named by a building or an
# institution ("the Kremlin", "the White House", "Downing Street", "the
# Knesset"); regions and cities of the current wars that news puts in
# front of a group or names as a target ("Darfur rebels", "shelled
# Kharkiv"); regions of the world as groups of countries ("European
# leaders"); and phrases that contain a country's name but do not stand
# for it ("Indian Ocean", "National Security Council").
#
# Written for sitrep; MIT licence (see LICENSE).
#
# Sources of facts: country codes and ISO names from ISO 3166-1 via Debian
# iso-codes (/usr/share/iso-codes/json/iso_3166-1.json); XKX is the code in
# common use for Kosovo (it is not an ISO code); CAMEO sector and region
# codes as the CAMEO codebook defines them; capitals, demonyms and other
# names are general knowledge, written and checked by the sitrep team.
#
# Format: docs/dictionaries.md, section "Actors". The country entries are
# generated: scripts/dict/countries.py reads iso-codes and the hand-written
# table scripts/dict/countries_table.txt, and copies the hand-written
# entries of scripts/dict/countries_tail.txt after them. To extend, edit
# the table (a name, adjective, people word or capital for a country) or
# the tail (anything with a sector code), then run, from the repository
# root:
#     python3 scripts/dict/countries.py > dict/actors/countries.txt
# and load-check the result (sitrep code --actors dict/actors/countries.txt
# ... < /dev/null must print no diagnostics).
#
# Conventions:
# * Codes are ISO 3166-1 alpha-3 codes; a CAMEO sector is appended for a
#   part of a country (RUSGOV, USAMIL, GBRLEG, ISRSPY). Capitals and other
#   city metonyms get the bare country code: "Moscow" can be the Russian
#   government or just the city, and the coder adds a sector from an agent
#   ("Moscow officials" = RUSGOV).
# * Non-state groups (dict/actors/armed-groups.txt) take the code of the
#   country where they operate plus a sector (SYRREB, LBNREB, SDNREB);
#   groups under one command across many countries take CAMEO's IMG (see
#   that file). International organisations are in
#   dict/actors/international.txt.
# * Regions use CAMEO's region codes: AFR Africa, ASA Asia, EUR Europe,
#   MEA Middle East, LAM Latin America, NMR North America, SAM South
#   America, WST the West, NAF North Africa, WAF West Africa, EAF East
#   Africa, SAF southern Africa, CFR Central Africa, SAS South Asia, SEA
#   Southeast Asia, CAS Central Asia, EEU Eastern Europe, BLK the Balkans,
#   CAU the Caucasus, CRB the Caribbean, SCN Scandinavia, PGS the Persian
#   Gulf. None of them is an ISO country code. They are given to groups
#   ("African countries", "Western powers", "European leaders" EURGOV),
#   not to the bare place or adjective (see the note at the end).
# * Every phrase ends in "_", so it only ever matches whole words (with
#   stem matching on, "NIGER" would otherwise reach "Nigerian").
# * Words with non-ASCII letters are written as they appear ("Côte",
#   "Türkiye"): the lookup ignores case for ASCII letters only, so the
#   accented letters are kept in lower case, and an unaccented spelling
#   is added beside each.
#
# Choices worth knowing:
# * "Washington" is the United States (USA). In international news it is
#   nearly always the US government; the state and the surname are rarer.
#   A few longer phrases that contain it are coded otherwise at the end.
# * "Georgia" is the country (GEO), not the US state: this dictionary is
#   for international news, and the parse cannot tell the two apart.
# * "Congo" and "Congolese" alone are the Democratic Republic of the Congo
#   (COD), by far the one news means, from 17 May 1997 (when Zaire took
#   that name) and the Republic of the Congo (COG) before; COG is also
#   found by its full names and by "Brazzaville".
# * "Korea" and "Korean" alone are South Korea (KOR); North Korea has its
#   own names. "Dominican" is the Dominican Republic (DOM), not Dominica.
# * "Jerusalem" is Israel (ISR), the seat of its government; "East
#   Jerusalem", "Gaza", "the West Bank" and "Ramallah" are Palestine (PSE).
# * "Tripoli" is Libya (LBY), although Lebanon has a city of that name.
# * Entities without an ISO code take the country ISO 3166-1 places them
#   in: Somaliland, Puntland and Jubaland SOM, Northern Cyprus CYP,
#   Abkhazia and South Ossetia GEO, Transnistria MDA, Crimea and the
#   Donbas UKR, Nagorno-Karabakh AZE, the Kurdistan Region IRQ. Turkish
#   and Greek Cypriots are CYP, not TUR or GRC.
# * "Brussels" is the European Union (IGOEUREEC, at the end of this file),
#   not Belgium: news uses the city for the EU far more than for Belgium.
# * Left out on purpose: "US" alone (matching ignores case, so it would
#   code the pronoun "us"; "U.S.", "USA", "the US", "US-led", "US-backed"
#   and phrases such as "US officials" are in), "CAR" for the Central
#   African Republic ("car"; "C.A.R." is in), "English" (mostly the
#   language), bare "Jersey" and "Reunion" (everyday words), "Male" for
#   Malé, and capitals that are common words or places elsewhere
#   (Victoria, Kingston, Georgetown, San Jose, San Juan, Nassau).
# * Hyphenated names: the tokenizer splits "Guinea-Bissau" into "Guinea",
#   "-", "Bissau", so the entry is written GUINEA_-_BISSAU_ (the hyphen is
#   a word of its own). The longest phrase wins, so "Guinea-Bissau" is not
#   read as Guinea.
# * The coder takes the first actor of a phrase, so where a country's name
#   comes before a body with a code of its own ("the U.S. State
#   Department", "Turkish Cypriots"), the whole phrase is an entry.
"""


# Names whose article stays: "Hague" alone is rarer, and "US" alone is the
# pronoun "us" (see the header).
KEEP_THE = {"the hague", "the us"}


def die(msg):
    sys.stderr.write("countries.py: " + msg + "\n")
    sys.exit(1)


def ascii_upper(s):
    """Upper-cases ASCII letters only: accented letters stay as written,
    which is how the dictionary reader stores and compares them."""
    return "".join(c.upper() if "a" <= c <= "z" else c for c in s)


def fold(s):
    """The spelling without accents ("Cote d'Ivoire" for "Côte d'Ivoire")."""
    d = unicodedata.normalize("NFKD", s)
    return "".join(c for c in d if not unicodedata.combining(c))


def phrase(text):
    """A name as written in text -> a dictionary phrase ("People's Republic
    of China" -> PEOPLE_'S_REPUBLIC_OF_CHINA_), following the tokenizer:
    a possessive 's and a hyphen are words of their own."""
    words = []
    for w in text.split():
        parts = w.split("-")
        for i, p in enumerate(parts):
            if i:
                words.append("-")
            if p.endswith("'s") and len(p) > 2:
                words.append(p[:-2])
                words.append("'s")
            elif p:
                words.append(p)
    return ascii_upper("_".join(words)) + "_"


def variants(name):
    """The spellings of one name: without a leading "the" (the coder skips
    the article; KEEP_THE lists the exceptions), with "St." for "Saint",
    and without accents."""
    name = " ".join(name.split())
    if name.lower().startswith("the ") and name.lower() not in KEEP_THE:
        name = name[4:]
    out = [name]
    if name.startswith("Saint "):
        out.append("St. " + name[6:])
    for n in list(out):
        f = fold(n)
        if f != n:
            out.append(f)
    return out


def iso_names(entry):
    """Usable ISO names: inverted forms with a comma ("Korea, Republic of")
    are left out, a parenthesised part is dropped."""
    names = []
    for key in ("common_name", "name", "official_name"):
        n = entry.get(key)
        if not n or "," in n:
            continue
        if "(" in n:
            n = n[: n.index("(")].strip()
        names.append(n)
    return names


def read_table():
    rows = {}
    with open(TABLE, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [x.strip() for x in line.split("|")]
            if len(fields) != 5:
                die("%s:%d: expected 5 fields separated by '|', found %d"
                    % (TABLE, lineno, len(fields)))
            code = fields[0]
            if code in rows:
                die("%s:%d: %s listed twice" % (TABLE, lineno, code))
            lists = [[p.strip() for p in x.split(";") if p.strip()] for x in fields[1:]]
            rows[code] = (lineno, lists)
    return rows


def main():
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    table = read_table()
    countries = {e["alpha_3"]: e for e in iso}
    for code in table:
        if code not in countries and code not in EXTRA_CODES:
            die("%s:%d: %s is not an ISO 3166-1 alpha-3 code"
                % (TABLE, table[code][0], code))

    owner = {}
    entries = []
    codes = sorted(set(countries) | set(EXTRA_CODES))
    for code in codes:
        names = iso_names(countries[code]) if code in countries else [EXTRA_CODES[code]]
        extra, adjs, people, capitals = table.get(code, (0, [[], [], [], []]))[1]
        label = LABELS.get(code) or (names[0] if names else extra[0])
        phrases = []
        for group in (names, extra, adjs, people, capitals):
            for n in group:
                for v in variants(n):
                    p = phrase(v)
                    if (code, p) in DROP or p in phrases:
                        continue
                    if p in owner and owner[p] != code:
                        die("%s is given to both %s and %s" % (p, owner[p], code))
                    owner[p] = code
                    phrases.append(p)
        if not phrases:
            die("%s has no phrase left" % code)
        entries.append((label, code, phrases))

    out = io.StringIO()
    out.write(HEADER)
    out.write("\n")
    for label, code, phrases in sorted(entries, key=lambda e: fold(e[0]).lower()):
        out.write("# %s\n" % label)
        out.write("%s [%s]\n" % (phrases[0], code))
        for p in phrases[1:]:
            out.write("+%s\n" % p)
        out.write("\n")
    with open(TAIL, encoding="utf-8") as f:
        out.write(f.read())
    text = out.getvalue()

    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        with open(sys.argv[2], encoding="utf-8") as f:
            have = f.read()
        if have == text:
            return
        for n, (x, y) in enumerate(zip(have.split("\n"), text.split("\n")), 1):
            if x != y:
                die("%s:%d differs from what the table and tail give" % (sys.argv[2], n))
        die("%s differs in length from what the table and tail give" % sys.argv[2])
    if len(sys.argv) != 1:
        die("usage: countries.py [--check FILE]")
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
