#!/usr/bin/env python3
"""report_files.py [R.json] [R.sarif] [R.gitlab] [R.html] - one line per finding
of each report (format, rule, file, line) and, for JSON and SARIF, per
notification (format, level, file); for HTML the number of findings and their
files. The format is the file's extension."""
import json
import re
import sys

for path in sys.argv[1:]:
    kind = path.rsplit(".", 1)[1]
    text = open(path, encoding="utf-8").read()  # fails unless valid UTF-8
    if kind == "html":
        files = re.findall(r'class="finding [a-z]+" id="f\d+" data-rule="[^"]*" data-severity="[a-z]+" data-file="([^"]*)"', text)
        print("html", len(files), " ".join(files))
        continue
    doc = json.loads(text)
    if kind == "json":
        for f in doc["findings"]:
            print("json", f["rule"], f["file"], f["line"])
        for n in doc["notifications"]:
            print("json notification", n["level"], n["file"])
    elif kind == "sarif":
        run = doc["runs"][0]
        for r in run["results"]:
            loc = r["locations"][0]["physicalLocation"]
            print("sarif", r["ruleId"], loc["artifactLocation"]["uri"], loc["region"]["startLine"])
        for n in run["invocations"][0]["toolExecutionNotifications"]:
            print("sarif notification", n["level"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
    elif kind == "gitlab":
        for f in doc:
            print("gitlab", f["check_name"], f["location"]["path"], f["location"]["lines"]["begin"])
