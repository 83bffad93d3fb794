#!/usr/bin/env python3
"""limitations.py ROOT - the known-limitation tests and the docs agree: every
test/rules/<rule>/FN_* or FP_* file named in docs/*.md or docs/rules/*.md
exists, and every such file is named by some page. Prints "missing: PATH" or
"unnamed: PATH" for each that does not, then a count."""
import glob
import os
import re
import sys

root = sys.argv[1]
named = set()
for page in glob.glob(os.path.join(root, "docs", "*.md")) + glob.glob(os.path.join(root, "docs", "rules", "*.md")):
    named.update(re.findall(r"test/rules/[\w.-]+/F[NP]_\w+\.(?:c|test)\b", open(page).read()))
files = {os.path.relpath(p, root)
         for p in glob.glob(os.path.join(root, "test", "rules", "*", "F[NP]_*"))}
for path in sorted(named - files):
    print("missing:", path)
for path in sorted(files - named):
    print("unnamed:", path)
print("pinned limitations:", len(files & named))
