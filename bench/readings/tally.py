#!/usr/bin/env python3
"""tally.py KEEPDIR [old|new]: findings / true / false per tree and scope, from the hand-read TSVs."""
import sys, os, glob, re
keep, which = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else 'new')
R = os.path.dirname(os.path.abspath(__file__))
tot = {}
unread = []
rows = []
for f in sorted(glob.glob(f'{keep}/*.{which}')):
    tree = os.path.basename(f).rsplit('.', 1)[0]
    verdicts = {}
    tsv = f'{R}/{tree}.tsv'
    if os.path.exists(tsv):
        for line in open(tsv):
            p = line.rstrip('\n').split('\t')
            if len(p) >= 4 and p[0] != 'loc':
                verdicts[(p[0], p[1])] = (p[2], p[3])
    c = {}
    for line in open(f):
        m = re.match(r'(\S+?:\d+:\d+): \[([a-z-]+)\]', line)
        if not m: continue
        v = verdicts.get((m.group(1), m.group(2)))
        if not v:
            unread.append(f'{tree} {line.strip()}'); continue
        key = (v[1], v[0])
        c[key] = c.get(key, 0) + 1
        tot[key] = tot.get(key, 0) + 1
    lib = (c.get(('library','TRUE'),0), c.get(('library','FALSE'),0))
    oth = (c.get(('other','TRUE'),0), c.get(('other','FALSE'),0))
    if sum(lib) + sum(oth):
        rows.append(f'{tree:12s} library {sum(lib):3d} / {lib[0]:3d} / {lib[1]:3d}   other {sum(oth):3d} / {oth[0]:3d} / {oth[1]:3d}')
print('\n'.join(rows))
lt, lf = tot.get(('library','TRUE'),0), tot.get(('library','FALSE'),0)
ot, of = tot.get(('other','TRUE'),0), tot.get(('other','FALSE'),0)
print(f'TOTAL library {lt+lf} / {lt} / {lf} ({100*lt/max(1,lt+lf):.0f} % true)   other {ot+of} / {ot} / {of}')
for u in unread: print('UNREAD', u)
