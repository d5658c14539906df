#!/usr/bin/env python3
"""How many events judged by hand in earlier review rounds does a new run
still code exactly (same record, code, source and target, from the same
verb), and how
many of those were judged right?

    python3 eval/review/still_coded.py now.jsonl [ROUND ...]
    python3 eval/review/still_coded.py --unjudged now.jsonl [ROUND ...]
    python3 eval/review/still_coded.py --earlier SAMPLE.txt [ROUND ...]

ROUND defaults to every round from 4 on that has a sample and a verdicts file
here (rounds 1 to 3 carry no sentence numbers). It also splits the figure
between two-sided and one-sided events. With --unjudged it prints,
in sample_events' format and with their sentences, the events of the run
that no round has judged, ready for the next review. With --earlier it
prints, for each event of a sample file that a round judged identically,
that round's verdict line: a reviewer who judged the sample from scratch
compares afterwards. The figure is an estimate, not a review: it sees only
events identical to judged ones, and a verdict carried over assumes the
judgement does not depend on anything else that changed. Events judged in
more than one round count once, with the verdict of the latest round.
"""
import collections
import json
import os
import re
import signal
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVENT = re.compile(r'^(\d+)\. (\S+) #(\d+)\s+(\S+) \S+\s+(\S+) -> (\S+)\n'
                   r'\s+source "(.*)"  verb "(.*)"  target "(.*)"$', re.M)
VERDICT = re.compile(r'^(\d+) (right|wrong actor|wrong code|not an event) ')


def judged_events(rounds):
    verdicts, classes, lines = {}, {}, {}
    for r in rounds:
        sample_path = os.path.join(HERE, f'round{r}-sample.txt')
        verdict_path = os.path.join(HERE, f'round{r}-verdicts.txt')
        if not (os.path.exists(sample_path) and os.path.exists(verdict_path)):
            continue
        with open(sample_path, encoding='utf-8') as f:
            sample = {int(m.group(1)): (m.group(2), m.group(4), m.group(5), m.group(6), m.group(8))
                      for m in EVENT.finditer(f.read())}
        with open(verdict_path, encoding='utf-8') as f:
            for line in f:
                m = VERDICT.match(line)
                if not m or int(m.group(1)) not in sample:
                    continue
                key = sample[int(m.group(1))]
                verdicts[key] = m.group(2)
                lines[key] = f'round {r}: {line.strip()}'
                tags = re.findall(r'\[([^\]]*)\]', line)
                classes[key] = tags[-1] if tags else '?'
    return verdicts, classes, lines


def default_rounds():
    found = []
    for name in os.listdir(HERE):
        m = re.fullmatch(r'round(\d+)-verdicts\.txt', name)
        if m and int(m.group(1)) >= 4 and os.path.exists(os.path.join(HERE, f'round{m.group(1)}-sample.txt')):
            found.append(int(m.group(1)))
    return sorted(found)


def print_unjudged(path, events, verdicts):
    todo = [e for e in events if event_key(e) not in verdicts]
    print(f'# {len(todo)} of {len(events)} events from {path} that no round has judged')
    for i, e in enumerate(todo, 1):
        print(f'\n{i}. {e["id"]} #{e["sent"]}  {e["code"]} {e.get("plover") or "-"}  '
              f'{e["source"]} -> {e["target"]}')
        print(f'   source "{e.get("source_text") or "-"}"  verb "{e.get("verb_text") or "-"}"  '
              f'target "{e.get("target_text") or "-"}"')
        print(f'   {e.get("sentence") or "-"}')


def print_earlier(sample_path, lines):
    with open(sample_path, encoding='utf-8') as f:
        found = [(m.group(1), (m.group(2), m.group(4), m.group(5), m.group(6), m.group(8)))
                 for m in EVENT.finditer(f.read())]
    n = 0
    for number, key in found:
        if key in lines:
            n += 1
            print(f'{number}. {lines[key]}')
    print(f'# {n} of {len(found)} sample events judged identically before')


def event_key(e):
    # The verb, not the sentence number, places an event in its story: a
    # change to sentence splitting renumbers the sentences but keeps the
    # verbs, and a source or target phrase cut differently with the same
    # codes seldom changes a verdict.
    return (e['id'], e['code'], e['source'], e['target'], e.get('verb_text') or '-')


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under head
    args = sys.argv[1:]
    unjudged = '--unjudged' in args
    earlier = '--earlier' in args
    args = [a for a in args if a not in ('--unjudged', '--earlier')]
    if not args:
        sys.exit(__doc__)
    rounds = [int(a) for a in args[1:]] or default_rounds()
    if earlier:
        print_earlier(args[0], judged_events(rounds)[2])
        return
    events = []
    with open(args[0], encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                e = json.loads(line)
                if e.get('code') is not None:
                    event_key(e)
                    events.append(e)
            except (ValueError, KeyError) as err:
                sys.exit(f'{args[0]}:{n}: not an event line ({err})')
    keys = {event_key(e) for e in events}
    verdicts, classes, _ = judged_events(rounds)
    if unjudged:
        print_unjudged(args[0], events, verdicts)
        return
    kept = [k for k in verdicts if k in keys]
    right = sum(verdicts[k] == 'right' for k in kept)
    gone = [k for k in verdicts if k not in keys]
    print(f'events {len(events)}; judged in rounds {" ".join(map(str, rounds))}: {len(verdicts)}; '
          f'still coded {len(kept)}, right {right} ({100 * right / max(1, len(kept)):.0f}%); '
          f'gone {len(gone)}, of which judged right {sum(verdicts[k] == "right" for k in gone)}')
    # Two-sided events against one-sided ones (a "---" side): the reviews
    # found them far apart, so the split is printed too.
    for label, one in (('two-sided', False), ('one-sided', True)):
        side = [k for k in kept if (k[2] == '---' or k[3] == '---') == one]
        ok = sum(verdicts[k] == 'right' for k in side)
        print(f'{label}: still coded {len(side)}, right {ok} ({100 * ok / max(1, len(side)):.0f}%)')
    wrong = collections.Counter(classes[k] for k in kept if verdicts[k] != 'right')
    for cls, n in wrong.most_common():
        print(f'{n:4d} {cls}')


if __name__ == '__main__':
    main()
