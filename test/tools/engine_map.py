#!/usr/bin/env python3
"""engine_map.py ROOT - docs/design.md's map of the engine agrees with the code:
for each checker/engine/*.c, the engine files its table row says it calls are
the files whose functions (defined there, not static) it calls, state.c left
out. Prints "wrong: FILE calls ... (map says ...)" or "no row: FILE" for each
that does not, then a count of the rows checked."""
import glob
import os
import re
import sys

root = sys.argv[1]
sources = {os.path.basename(p)[:-2]: p for p in glob.glob(os.path.join(root, "checker", "engine", "*.c"))}
# a definition in the project's style: "type name(params)" at column 0, "{" on the next line
definition = re.compile(r"^(?!static)[A-Za-z_][\w \*]*?\b(\w+)\([^;{]*\)\s*\n\{", re.M)
owner = {}
for name, path in sources.items():
    for m in definition.finditer(open(path).read()):
        owner[m.group(1)] = name


def called_files(name):
    text = re.sub(r"/\*.*?\*/|//[^\n]*", "", open(sources[name]).read(), flags=re.S)
    calls = {owner[f] for f in re.findall(r"\b(\w+)\s*\(", text) if f in owner}
    return calls - {name, "state"}


design = open(os.path.join(root, "docs", "design.md")).read()
rows = {m.group(1): set(re.findall(r"`(\w+)`", m.group(2).split(";")[0]))
        for m in re.finditer(r"^\| `(\w+)\.c` \|[^|]*\| ([^|]*) \|$", design, re.M)}
for name in sorted(sources):
    if name not in rows:
        print("no row:", name)
    elif rows[name] != called_files(name):
        print("wrong: %s calls %s (map says %s)" % (name, ", ".join(sorted(called_files(name))) or "none",
                                                    ", ".join(sorted(rows[name])) or "none"))
print("rows checked:", len(set(rows) & set(sources)))
