#!/usr/bin/env python3
"""ci_recipe.py DOC HEADING MEMCHECK - prints, as a shell script, the memcheck
commands of the first YAML block under HEADING in DOC, as GitHub Actions would
run them: job after job (each after the jobs it needs), one run per value of
matrix.shard, every job in one shared folder (artifacts uploaded by one job are
there for the next). A command that exits non-zero prints "failed: JOB SHARD:
EXIT" (a red CI step)."""
import re
import shlex
import sys

import yaml

doc, heading, memcheck = sys.argv[1:4]
text = open(doc).read()
after = text[text.index(heading):]
block = re.search(r"```yaml\n(.*?)```", after, re.S).group(1)
jobs = yaml.safe_load(block)["jobs"]

done = []
while len(done) < len(jobs):   # needs-order, as the runner schedules them
    for name, job in jobs.items():
        needs = job.get("needs", [])
        needs = [needs] if isinstance(needs, str) else needs
        if name not in done and all(n in done for n in needs):
            done.append(name)

for name in done:
    job = jobs[name]
    shards = job.get("strategy", {}).get("matrix", {}).get("shard", [""])
    for shard in shards:
        for step in job["steps"]:
            command = " ".join(str(step.get("run", "")).split())
            if not command.startswith("memcheck"):
                continue
            command = command.replace("${{ matrix.shard }}", str(shard))
            command = memcheck + command[len("memcheck"):]
            print(f'{command} || echo "failed: {name} {shard}: $?"')
