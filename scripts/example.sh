#!/usr/bin/env bash
# example.sh - sets up and builds memcheck, then runs it on the bundled example
# tree (examples/, which carries its own compile_commands.json). The example has
# real bugs, so memcheck exits 1 there; this script exits 0 when it ran as expected.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh" "$root/build"
status=0
"$root/build/memcheck" -p "$root/examples" || status=$?
if [ "$status" != 1 ]; then
    echo "example: expected findings (exit 1), memcheck exited $status" >&2
    exit 1
fi
