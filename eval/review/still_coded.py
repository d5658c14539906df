#!/usr/bin/env python3
"""How many events judged by hand in earlier review rounds does a new run
still code exactly (same record, sentence, code, source and target), and how
many of those were judged right?

    python3 eval/review/still_coded.py now.jsonl [ROUND ...]

ROUND defaults to 4 5 6 7 8 9 (the rounds whose samples carry sentence numbers
in this format). The figure is an estimate, not a review: it sees only
events identical to judged ones, and a verdict carried over assumes the
judgement does not depend on anything else that changed. Events judged in
more than one round count once, with the verdict of the latest round.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVENT = re.compile(r'^(\d+)\. (\S+) #(\d+)\s+(\S+) \S+\s+(\S+) -> (\S+)', re.M)
VERDICT = re.compile(r'^(\d+) (right|wrong actor|wrong code|not an event) ')


def judged_events(rounds):
    verdicts, classes = {}, {}
    for r in rounds:
        sample_path = os.path.join(HERE, f'round{r}-sample.txt')
        verdict_path = os.path.join(HERE, f'round{r}-verdicts.txt')
        if not (os.path.exists(sample_path) and os.path.exists(verdict_path)):
            continue
        with open(sample_path, encoding='utf-8') as f:
            sample = {int(m.group(1)): (m.group(2), int(m.group(3)), m.group(4), m.group(5), m.group(6))
                      for m in EVENT.finditer(f.read())}
        with open(verdict_path, encoding='utf-8') as f:
            for line in f:
                m = VERDICT.match(line)
                if not m or int(m.group(1)) not in sample:
                    continue
                key = sample[int(m.group(1))]
                verdicts[key] = m.group(2)
                tags = re.findall(r'\[([^\]]*)\]', line)
                classes[key] = tags[-1] if tags else '?'
    return verdicts, classes


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    rounds = [int(a) for a in sys.argv[2:]] or [4, 5, 6, 7, 8, 9]
    keys = set()
    with open(sys.argv[1], encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                e = json.loads(line)
                keys.add((e['id'], e['sent'], e['code'], e['source'], e['target']))
            except (ValueError, KeyError) as err:
                sys.exit(f'{sys.argv[1]}:{n}: not an event line ({err})')
    verdicts, classes = judged_events(rounds)
    kept = [k for k in verdicts if k in keys]
    right = sum(verdicts[k] == 'right' for k in kept)
    gone = [k for k in verdicts if k not in keys]
    print(f'events {len(keys)}; judged in rounds {" ".join(map(str, rounds))}: {len(verdicts)}; '
          f'still coded {len(kept)}, right {right} ({100 * right / max(1, len(kept)):.0f}%); '
          f'gone {len(gone)}, of which judged right {sum(verdicts[k] == "right" for k in gone)}')
    wrong = collections.Counter(classes[k] for k in kept if verdicts[k] != 'right')
    for cls, n in wrong.most_common():
        print(f'{n:4d} {cls}')


if __name__ == '__main__':
    main()
