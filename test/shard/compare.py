#!/usr/bin/env python3
"""compare.py ONE MERGED - prints whether a merged SARIF report has one run holding
the same results (rule, file, line, fingerprint) as the single run."""
import json
import sys


def keys(path):
    doc = json.load(open(path))
    out = []
    for r in doc["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]
        out.append((r["ruleId"], loc["artifactLocation"]["uri"], loc["region"]["startLine"],
                    r["partialFingerprints"]["memcheck/v1"]))
    return len(doc["runs"]), sorted(out)


one, merged = keys(sys.argv[1]), keys(sys.argv[2])
print("runs", merged[0], "results", len(merged[1]), "same", one[1] == merged[1])
