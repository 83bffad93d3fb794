#!/usr/bin/env python3
"""check_manpage.py PAGE HELP RULES - every option of the help texts (lines
"  -x ..." or "  --xyz ...") and every rule id (one a line in RULES) appears as
a word of the rendered manual page PAGE. Prints how many were checked and the
missing ones."""
import re
import sys

page, help_text, rules = (open(p).read() for p in sys.argv[1:4])
words = set(re.findall(r"^  (-[-\w]+)", help_text, re.M)) | set(rules.split())
missing = sorted(w for w in words if not re.search(r"(^|\s)" + re.escape(w) + r"\b", page, re.M))
print(len(words), "checked, missing:", missing)
