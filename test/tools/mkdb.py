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
import sys

# "--args -Iinc" would read -Iinc as an option: join the value to its flag.
argv = sys.argv[1:]
for i, x in enumerate(argv[:-1]):
    if x == "--args":
        argv[i:i + 2] = ["--args=" + argv[i + 1]]
        break

p = argparse.ArgumentParser()
p.add_argument("dir")
p.add_argument("files", nargs="+")
p.add_argument("--args", default="")
p.add_argument("--compiler", default="cc")
p.add_argument("--arguments", action="store_true")
p.add_argument("--append", action="store_true")
a = p.parse_args(argv)

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
