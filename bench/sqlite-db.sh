#!/usr/bin/env bash
# sqlite-db.sh DIR - writes DIR/compile_commands.json for DIR/sqlite3.c (the
# amalgamation, e.g. from `npm pack better-sqlite3`: package/deps/sqlite3).
set -euo pipefail
dir=$(cd "$1" && pwd)
[ -f "$dir/sqlite3.c" ] || { echo "$dir/sqlite3.c: not found" >&2; exit 2; }
printf '[{"directory": "%s", "file": "%s/sqlite3.c", "arguments": ["cc", "-c", "sqlite3.c"]}]\n' \
  "$dir" "$dir" > "$dir/compile_commands.json"
