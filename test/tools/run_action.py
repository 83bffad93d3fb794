#!/usr/bin/env python3
"""run_action.py ACTION_YML --runner-temp DIR [--input NAME=VALUE]... - runs a
composite GitHub Action's steps here, as the runner would: each `run:` step under
bash -eo pipefail with its `env:`, `${{ inputs.* }}` and `${{ steps.*.outputs.* }}`
filled in, GITHUB_ACTION_PATH (the action's folder), RUNNER_TEMP, GITHUB_PATH
(whose lines are put in front of PATH for the later steps) and GITHUB_OUTPUT (read
back as the step's outputs); `if:` conditions are evaluated. A step that runs
apt-get is not run (it needs root and the network), nor is a `uses:` step, which
is printed with its inputs. Steps after a failed one are skipped, as on GitHub.
Prints one line per step and, last, the action's outputs; exits with the failed
step's status, else 0."""
import argparse
import os
import re
import subprocess
import sys

import yaml

ap = argparse.ArgumentParser()
ap.add_argument("action")
ap.add_argument("--runner-temp", required=True)
ap.add_argument("--input", action="append", default=[])
a = ap.parse_args()

action = yaml.safe_load(open(a.action))
inputs = {name: str(spec.get("default", "")) for name, spec in action.get("inputs", {}).items()}
for item in a.input:
    name, _, value = item.partition("=")
    if name not in inputs:
        sys.exit(f"run_action: the action has no input '{name}'")
    inputs[name] = value
outputs = {}  # step id -> {name: value}


def lookup(ref):
    m = re.fullmatch(r"inputs\.([\w-]+)", ref)
    if m:
        return inputs[m.group(1)]
    m = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", ref)
    if m:
        return outputs.get(m.group(1), {}).get(m.group(2), "")
    sys.exit(f"run_action: cannot evaluate '{ref}'")


def condition(expr):
    """The expressions the action uses: references, 'strings', ==, !=, &&, ||."""
    expr = re.sub(r"^\$\{\{(.*)\}\}$", r"\1", str(expr).strip())
    py = re.sub(r"(inputs|steps)\.[\w.-]+", lambda m: repr(lookup(m.group(0))), expr)
    py = py.replace("&&", " and ").replace("||", " or ")
    return bool(eval(py, {"__builtins__": {}}))


def fill(text):
    return re.sub(r"\$\{\{\s*([^}]*?)\s*\}\}", lambda m: lookup(m.group(1)), str(text))


temp = os.path.abspath(a.runner_temp)
os.makedirs(temp, exist_ok=True)
github_path = os.path.join(temp, "github_path")
open(github_path, "w").close()
env = dict(os.environ, RUNNER_TEMP=temp, GITHUB_PATH=github_path,
           GITHUB_ACTION_PATH=os.path.dirname(os.path.abspath(a.action)))
status = 0
for step in action["runs"]["steps"]:
    name = step.get("name", step.get("id", "?"))
    if status:
        print(f"skipped (an earlier step failed): {name}")
        continue
    if "if" in step and not condition(step["if"]):
        print(f"skipped (if): {name}")
        continue
    if "uses" in step:
        with_ = " ".join(f"{k}={fill(v)}" for k, v in step.get("with", {}).items())
        print(f"uses {step['uses']}: {with_}")
        continue
    if "apt-get" in step["run"]:
        print(f"skipped (apt-get): {name}")
        continue
    output_file = os.path.join(temp, "github_output")
    open(output_file, "w").close()
    paths = [p for p in open(github_path).read().splitlines() if p]
    step_env = dict(env, GITHUB_OUTPUT=output_file,
                    PATH=os.pathsep.join(list(reversed(paths)) + [env["PATH"]]))
    step_env.update({k: fill(v) for k, v in step.get("env", {}).items()})
    sys.stdout.flush()
    rc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", fill(step["run"])],
                        env=step_env).returncode
    if "id" in step:
        outputs[step["id"]] = dict(line.split("=", 1) for line in open(output_file).read().splitlines() if "=" in line)
    print(f"step {name}: exit {rc}")
    status = rc
print("outputs:", " ".join(f"{k}={fill(v['value'])}" for k, v in action.get("outputs", {}).items()))
sys.exit(status)
