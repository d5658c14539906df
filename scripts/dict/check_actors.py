#!/usr/bin/env python3
"""Codes a set of short sentences written for sitrep with the country and
international actor dictionaries and checks the source actor of each.

Each case names a phrase as news writes it and the code it must give when
it is the subject of "On Monday, ... accused Mongolia of lying.": a
country's names, adjectives
with an agent, capitals, seats of government, organisations, hyphenated
names, and phrases that must not code the country they contain.

Usage, from the repository root, after `make BUILD=... all`:
  python3 scripts/dict/check_actors.py BUILD/sitrep [VERBS [AGENTS]]
VERBS defaults to the Phoenix verb file under ../shared/data (or $SHARED),
AGENTS to dict/agents.txt (the cases with "officials" and "troops" need
an agent file that gives those words a sector). Exit status 0 when every case codes as expected, 1 otherwise,
2 when the sentences could not be coded at all.

Written for sitrep; MIT licence (see LICENSE).
"""

import json
import os
import subprocess
import sys

# (subject phrase, expected source code). "" means no event may be coded
# with that phrase as the source (the phrase names no actor).
CASES = [
    ("Syria", "SYR"),
    ("The Syrian Arab Republic", "SYR"),
    ("Damascus", "SYR"),
    ("Syrian officials", "SYRGOV"),
    ("Russia", "RUS"),
    ("The Russian Federation", "RUS"),
    ("Moscow", "RUS"),
    ("The Kremlin", "RUSGOV"),
    ("Britain", "GBR"),
    ("The U.K.", "GBR"),
    ("Downing Street", "GBRGOV"),
    ("The United States", "USA"),
    ("The U.S.", "USA"),
    ("The US", "USA"),
    ("US officials", "USAGOV"),
    ("Washington", "USA"),
    ("The White House", "USAGOV"),
    ("The Pentagon", "USAMIL"),
    ("The U.S. State Department", "USAGOV"),
    ("Kyiv", "UKR"),
    ("Kiev", "UKR"),
    ("Ukrainian troops", "UKRMIL"),
    ("Tehran", "IRN"),
    ("Emirati officials", "AREGOV"),
    ("The Elysee", "FRAGOV"),
    ("The Élysée", "FRAGOV"),
    ("South Korea", "KOR"),
    ("North Korea", "PRK"),
    ("Pyongyang", "PRK"),
    ("The Democratic Republic of Congo", "COD"),
    ("Brazzaville", "COG"),
    ("Guinea-Bissau", "GNB"),
    ("Côte d'Ivoire", "CIV"),
    ("Ivory Coast", "CIV"),
    ("Türkiye", "TUR"),
    ("Turkish officials", "TURGOV"),
    ("The People's Republic of China", "CHN"),
    ("Taiwan", "TWN"),
    ("Kosovo", "XKX"),
    ("The Palestinian Authority", "PSEGOV"),
    ("Palestinians", "PSE"),
    ("European leaders", "EURGOV"),
    # "the United Nations accused" is left out: the tagger reads it as a
    # noun phrase headed by "accused", so it would test the parser.
    ("The U.N.", "IGOUNO"),
    ("The UN", "IGOUNO"),
    ("The United Nations Security Council", "IGOUNO"),
    ("The U.N. Security Council", "IGOUNO"),
    ("The UN refugee agency", "IGOUNOHCR"),
    ("The World Health Organization", "IGOUNOWHO"),
    ("The IAEA", "IGOUNOIAE"),
    ("UNRWA", "IGOUNORWA"),
    ("NATO", "IGOWSTNAT"),
    ("The European Union", "IGOEUREEC"),
    ("Brussels", "IGOEUREEC"),
    ("The African Union", "IGOAFRAFU"),
    ("ECOWAS", "IGOWAFWAS"),
    ("The Arab League", "IGOMEAARL"),
    ("The International Criminal Court", "IGOICC"),
    ("The IMF", "IGOIMF"),
    ("Amnesty International", "NGOHRIAMN"),
    ("Doctors Without Borders", "NGOHLHMSF"),
    ("Médecins Sans Frontières", "NGOHLHMSF"),
    ("Ukrainian officials in Kyiv", "UKRGOV"),
    ("Kharkiv", "UKR"),
    ("Darfur rebels", "SDNREB"),
    ("Turkish Cypriots", "CYP"),
    ("The Red Cross", "NGOHLHIRC"),
    ("The Syrian Arab Red Crescent", "NGOHLHIRC"),
    ("Reporters Without Borders", "NGOHRIMED"),
    ("The Indian Ocean", ""),
    ("The National Security Council", ""),
]


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: check_actors.py SITREP [VERBS [AGENTS]]\n")
        return 2
    sitrep = sys.argv[1]
    shared = os.environ.get("SHARED", "../shared/data")
    phx = os.path.join(shared, "petrarch2", "dictionaries")
    verbs = sys.argv[2] if len(sys.argv) > 2 else os.path.join(phx, "CAMEO.2.0.txt")
    agents = sys.argv[3] if len(sys.argv) > 3 else "dict/agents.txt"
    for f in (sitrep, verbs, agents):
        if not os.path.exists(f):
            sys.stderr.write("check_actors.py: %s: not found\n" % f)
            return 2
    # One article per case, so a pronoun or a story never links two cases.
    # The phrase goes after an opening adverbial: the tagger reads a
    # sentence-initial capital less reliably ("Moscow accused ..." as an
    # adverb), which would test the parser rather than the dictionary.
    def subject(p):
        return "the " + p[4:] if p.startswith("The ") else p
    text = "\n\n".join("On Monday, %s accused Mongolia of lying." % subject(p)
                       for p, _ in CASES) + "\n"
    cmd = [sitrep, "code", "--from", "text", "--split-blank", "--id", "case",
           "--date", "2024-11-30", "-t", "jsonl", "--verbs", verbs, "--agents", agents,
           "--actors", "dict/actors/countries.txt",
           "--actors", "dict/actors/international.txt"]
    run = subprocess.run(cmd, input=text.encode("utf-8"), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    if run.returncode != 0:
        sys.stderr.write(run.stderr.decode("utf-8", "replace"))
        return 2
    sources = {}
    for line in run.stdout.decode("utf-8").splitlines():
        rec = json.loads(line)
        if "source" in rec:
            sources.setdefault(rec["id"], set()).add(rec["source"])
    # Article ids are "case#N", N counting from 1 in input order.
    fails = 0
    for n, (phrase, want) in enumerate(CASES, 1):
        got = sources.get("case#%d" % n, set())
        ok = (not got) if want == "" else (want in got)
        if not ok:
            fails += 1
            print("FAIL %-40s want %-10s got %s" % (phrase, want or "(none)",
                                                    " ".join(sorted(got)) or "(none)"))
    print("check_actors: %d of %d cases right" % (len(CASES) - fails, len(CASES)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
