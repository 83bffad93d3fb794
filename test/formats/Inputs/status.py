#!/usr/bin/env python3
"""status.py SARIF [JSON] - prints what the reports say of the run: SARIF's
invocations[0] and its notifications, JSON's "complete" and notifications."""
import json
import sys

inv = json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]
notes = inv["toolExecutionNotifications"]
print("sarif executionSuccessful", inv["executionSuccessful"], "notifications", len(notes))
for n in notes:
    where = n.get("locations", [{}])[0].get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "-")
    print("sarif", n["level"], where, n["message"]["text"])
if len(sys.argv) > 2:
    doc = json.load(open(sys.argv[2]))
    print("json complete", doc["complete"], "notifications", len(doc["notifications"]))
    for n in doc["notifications"]:
        print("json", n["level"], n["file"], n["message"])
