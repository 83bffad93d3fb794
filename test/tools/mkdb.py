#!/usr/bin/env python3
"""mkdb.py - writes a compile_commands.json for tests.

usage: mkdb.py DIR [--args "ARGS"] [--arguments] [--compiler CC] [--append] FILE...
Each FILE (relative to DIR, or absolute) gets an entry whose directory is DIR and
whose command is "CC ARGS -c FILE -o FILE.o"; --arguments writes the "arguments"
array form instead of "command"; --append adds to the existing database.
"""
import argparse
import json
import os
import shlex

p = argparse.ArgumentParser()
p.add_argument("dir")
p.add_argument("files", nargs="+")
p.add_argument("--args", default="")
p.add_argument("--compiler", default="cc")
p.add_argument("--arguments", action="store_true")
p.add_argument("--append", action="store_true")
a = p.parse_args()

d = os.path.abspath(a.dir)
db = os.path.join(d, "compile_commands.json")
entries = json.load(open(db)) if a.append else []
for f in a.files:
    argv = [a.compiler] + shlex.split(a.args) + ["-c", f, "-o", f + ".o"]
    e = {"directory": d, "file": f}
    if a.arguments:
        e["arguments"] = argv
    else:
        e["command"] = " ".join(shlex.quote(x) for x in argv)
    entries.append(e)
with open(db, "w") as out:
    json.dump(entries, out, indent=1)
