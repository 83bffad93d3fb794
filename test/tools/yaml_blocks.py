#!/usr/bin/env python3
"""yaml_blocks.py FILE... - parses every ```yaml block of the given Markdown
files; prints "FILE:LINE: ERROR" for each that is not YAML, then a count."""
import re
import sys

import yaml

count = 0
for path in sys.argv[1:]:
    text = open(path).read()
    for m in re.finditer(r"```yaml\n(.*?)```", text, re.S):
        count += 1
        try:
            yaml.safe_load(m.group(1))
        except yaml.YAMLError as e:
            line = text[:m.start()].count("\n") + 2
            print(f"{path}:{line}: {' '.join(str(e).split())}")
print("yaml blocks:", count)
