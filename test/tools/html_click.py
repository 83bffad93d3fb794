#!/usr/bin/env python3
"""html_click.py REPORT OUT SCRIPT - copies the HTML report REPORT to OUT with
SCRIPT (JavaScript that clicks and picks, as a reader would) run after the page's
own script, and SCRIPT's SHA-256 added to the page's Content-Security-Policy so
that the policy still allows nothing else."""
import base64
import hashlib
import sys

report, out, script = sys.argv[1:4]
page = open(report).read()
digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
policy = "script-src "
assert page.count(policy) == 1, "the page's policy has no script-src"
page = page.replace(policy, policy + f"'sha256-{digest}' ", 1)
page = page.replace("</body>", f"<script>{script}</script></body>", 1)
open(out, "w").write(page)
