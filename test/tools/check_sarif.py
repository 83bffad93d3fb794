#!/usr/bin/env python3
"""check_sarif.py SCHEMA FILE - validates a SARIF file against the 2.1.0 schema and
prints what a test checks: rules, results with their locations, flows, fingerprints,
suppressions and path classes."""
import json
import sys

import jsonschema

schema, doc = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
jsonschema.validate(doc, schema)
print("valid")
run = doc["runs"][0]
driver = run["tool"]["driver"]
print("tool", driver["name"], "rules", len(driver["rules"]))
for rule in driver["rules"]:
    print("rule", rule["id"], rule["defaultConfiguration"]["level"], ",".join(rule["properties"]["tags"]))
print("base", run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///"))
for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]
    steps = sum(len(t["locations"]) for f in r.get("codeFlows", []) for t in f["threadFlows"])
    print("result", r["ruleId"], r["level"], loc["artifactLocation"]["uri"], loc["artifactLocation"].get("uriBaseId", "-"),
          loc["region"]["startLine"], "steps", steps, "fingerprint", len(r["partialFingerprints"]["memcheck/v1"]),
          "suppressed" if r.get("suppressions") else "",
          *(["class", r["properties"]["pathClass"]] if "pathClass" in r.get("properties", {}) else []))
