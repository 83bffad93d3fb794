#!/usr/bin/env python3
"""run_hook.py HOOKS_YAML HOOK_ID FILE... - runs one hook of a
.pre-commit-hooks.yaml as pre-commit runs a `language: system` hook on the staged
FILEs: the files its `files` regex selects (and its `exclude` regex does not) are
appended to its `entry` and `args`; when none is selected the hook is skipped.
Prints the command and exits with its status."""
import re
import shlex
import subprocess
import sys

import yaml

hooks_file, hook_id, files = sys.argv[1], sys.argv[2], sys.argv[3:]
hook = next(h for h in yaml.safe_load(open(hooks_file)) if h["id"] == hook_id)
if hook["language"] != "system":
    sys.exit(f"run_hook: {hook_id}: language {hook['language']} is not emulated")
chosen = [f for f in files if re.search(hook.get("files", ""), f)
          and not (hook.get("exclude") and re.search(hook["exclude"], f))]
if not chosen:
    print(f"{hook['name']}: (no files to check) skipped")
    sys.exit(0)
command = shlex.split(hook["entry"]) + hook.get("args", []) + (chosen if hook.get("pass_filenames", True) else [])
print("command:", " ".join(command))
sys.stdout.flush()
sys.exit(subprocess.run(command).returncode)
