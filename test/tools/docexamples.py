#!/usr/bin/env python3
"""docexamples.py MEMCHECK DOCS_DIR WORK_DIR - checks every rule page's examples:
the code under "## Bad" is flagged by its rule and the code under "## Good" is not.
Prints one line per page and exits 1 on the first mismatch."""
import os
import re
import subprocess
import sys

memcheck, docs, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)


def block(page, heading):
    m = re.search(r"^## " + heading + r"\n+```c\n(.*?)```", page, re.S | re.M)
    return m.group(1) if m else None


def findings(rule, code):
    path = os.path.join(work, rule + ".c")
    with open(path, "w") as f:
        f.write(code)
    out = subprocess.run([memcheck, "--no-color", "--rules=" + rule, path, "--", "-std=gnu11"],
                         capture_output=True, text=True).stdout
    return [l for l in out.splitlines() if re.search(r": (warning|error|note): .*\[" + re.escape(rule) + r"\]$", l)]


failed = False
for name in sorted(os.listdir(docs)):
    if not name.endswith(".md") or name == "TEMPLATE.md":
        continue
    rule = name[:-3]
    page = open(os.path.join(docs, name)).read()
    bad, good = block(page, "Bad"), block(page, "Good")
    flagged = bool(bad) and bool(findings(rule, bad))
    clean = bool(good) and not findings(rule, good)
    print(f"{rule}: bad {'flagged' if flagged else 'NOT FLAGGED'}, good {'clean' if clean else 'FLAGGED'}")
    failed |= not (flagged and clean)
sys.exit(1 if failed else 0)
