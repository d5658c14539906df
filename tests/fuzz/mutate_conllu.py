#!/usr/bin/env python3
"""Structure-aware mutants of real CoNLL-U parses for the `code` fuzz target.

    python3 tests/fuzz/mutate_conllu.py PARSES.conllu SEED COUNT OUTDIR

Each output file is a document of one to four sentences drawn from
PARSES.conllu (e.g. `build/sitrep parse` of news), each with up to twelve
changes: a head moved (a tenth of the mutants that end up with a cycle are
kept, for the refusal path), a relation, a UPOS/XPOS pair or a form
replaced, SpaceAfter toggled, two heads swapped. libFuzzer's byte
mutations rarely keep a parse well formed; these keep it parseable and
mostly a tree, so they reach the coder's rules with shapes the parser
never makes. Replay them with the sanitizer build of the target:
`build-asan/fuzz/code-replay OUTDIR` (docs/testing.md).
"""
import os
import random
import sys

RELS = ("punct case det nsubj amod compound obj nmod obl root advmod conj mark cc aux "
        "nmod:poss ccomp advcl cop xcomp flat nummod acl aux:pass acl:relcl nsubj:pass "
        "appos obl:unmarked parataxis fixed iobj nmod:desc compound:prt obl:agent expl "
        "csubj cc:preconj det:predet list discourse dobj nsubjpass auxpass neg nmod:tmod "
        "nmod:agent dep obl:tmod csubj:pass").split()
TAGS = [("NOUN", "NN"), ("NOUN", "NNS"), ("PROPN", "NNP"), ("VERB", "VBD"), ("VERB", "VBN"),
        ("VERB", "VBZ"), ("VERB", "VBG"), ("VERB", "VB"), ("AUX", "MD"), ("AUX", "VBD"),
        ("ADJ", "JJ"), ("ADP", "IN"), ("PRON", "PRP"), ("DET", "DT"), ("ADV", "RB"),
        ("PUNCT", "."), ("PUNCT", ","), ("CCONJ", "CC"), ("SCONJ", "IN"), ("NUM", "CD"),
        ("PART", "TO"), ("PART", "POS"), ("X", "FW"), ("SYM", "$")]
WORDS = ("by to of in on that said says and or but not no never will would could may has "
         "had was were is be been 's , . \" - who which against with after told according "
         "police rebels troops government president attacked killed accused met urged").split()


def cyclic(rows):
    for i in range(len(rows)):
        k, seen = i + 1, set()
        while k != 0:
            if k in seen:
                return True
            seen.add(k)
            k = int(rows[k - 1][6])
    return False


def mutate(rows, rnd):
    n = len(rows)
    for _ in range(rnd.randint(0, 12)):
        op, i = rnd.random(), rnd.randrange(n)
        if op < 0.3:
            h = rnd.randrange(0, n + 1)
            if h != i + 1:
                rows[i][6] = str(h)
        elif op < 0.55:
            rows[i][7] = rnd.choice(RELS)
        elif op < 0.7:
            rows[i][3], rows[i][4] = rnd.choice(TAGS)
        elif op < 0.8:
            rows[i][1] = rnd.choice(WORDS)
        elif op < 0.85:
            rows[i][9] = "_" if rows[i][9] != "_" else "SpaceAfter=No"
        else:
            j = rnd.randrange(n)
            rows[i][6], rows[j][6] = rows[j][6], rows[i][6]
            if rows[i][6] == str(i + 1) or rows[j][6] == str(j + 1):
                rows[i][6], rows[j][6] = rows[j][6], rows[i][6]


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    src, seed, count, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rnd = random.Random(seed)
    sents = []
    for block in open(src, encoding="utf-8").read().split("\n\n"):
        rows = [l.split("\t") for l in block.split("\n") if l and not l.startswith("#")]
        rows = [r for r in rows if len(r) == 10 and r[0].isdigit()]
        if 1 <= len(rows) <= 250 and all(r[6].isdigit() for r in rows):
            sents.append(rows)
    if not sents:
        sys.exit("no sentences with heads in " + src)
    os.makedirs(out, exist_ok=True)
    made = 0
    for k in range(count):
        doc = []
        for _ in range(rnd.choice([1, 1, 2, 3, 4])):
            rows = [r[:] for r in rnd.choice(sents)]
            mutate(rows, rnd)
            if cyclic(rows) and rnd.random() < 0.9:
                continue
            doc.append("\n".join("\t".join(r) for r in rows) + "\n\n")
        if doc:
            with open(os.path.join(out, "m%06d" % k), "w", encoding="utf-8") as f:
                f.write("".join(doc))
            made += 1
    print(made, "mutants in", out)


if __name__ == "__main__":
    main()
