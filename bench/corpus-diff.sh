#!/usr/bin/env bash
# corpus-diff.sh - runs two memcheck binaries over the same real C trees and
# prints, per tree, how many findings each reports and the findings only one of
# them reports. Not a test: it shows what a change to memcheck does on real code.
#
#   bench/corpus-diff.sh [-t TREES] [-j N] [-k DIR] OLD_MEMCHECK NEW_MEMCHECK
#
# TREES (default: $MEMCHECK_CORPORA/TREES) has one tree a line:
#   NAME DB_DIR [PATH...]
# DB_DIR holds the compile_commands.json (a relative DB_DIR is taken from the
# trees file's directory); the PATHs, if any, restrict the run to those files
# or directories, as `memcheck -p DB_DIR PATH...` does (relative PATHs are
# taken from DB_DIR). Blank lines and lines starting with '#' are skipped.
#
# Both binaries run with the same options: -j N (default 2), --quiet, a JSON
# report, plus $MEMCHECK_DIFF_ARGS (word-split) if set. A finding becomes one
# line, "FILE:LINE:COL: [RULE] MESSAGE", FILE relative to the tree's root: the
# deepest directory holding every file of the database (a CMake build's source
# directory, not its build directory); suppressed findings are left out. Per
# tree it prints
#   NAME: old N findings (S s), new M findings (S s)
#   - a finding only the old binary reports
#   + a finding only the new binary reports
# A binary that exits with anything but 0 or 1 (3: a TU could not be analysed;
# 2: usage; a crash) is reported with the last lines of its stderr, and counts
# as a difference. -k DIR keeps the lists as DIR/NAME.old and DIR/NAME.new.
#
# Exit status: 0 when every tree gives the same findings and both binaries
# succeeded on every tree, 1 otherwise, 2 on a usage error.
set -uo pipefail

usage() {
  echo "usage: $0 [-t TREES] [-j N] [-k DIR] OLD_MEMCHECK NEW_MEMCHECK" >&2
  exit 2
}

trees=
jobs=2
keep=
while getopts "t:j:k:h" o; do
  case $o in t) trees=$OPTARG ;; j) jobs=$OPTARG ;; k) keep=$OPTARG ;; *) usage ;; esac
done
shift $((OPTIND - 1))
[ $# -eq 2 ] || usage
for b in "$1" "$2"; do
  if [ ! -f "$b" ] || [ ! -x "$b" ]; then
    echo "$0: $b: not an executable" >&2
    exit 2
  fi
done
# absolute, as memcheck runs in each tree's directory
old=$(realpath "$1") new=$(realpath "$2")
if [ -z "$trees" ]; then
  [ -n "${MEMCHECK_CORPORA:-}" ] || {
    echo "$0: set MEMCHECK_CORPORA to the directory holding TREES, or name a trees file with -t" >&2
    exit 2
  }
  trees=$MEMCHECK_CORPORA/TREES
fi
[ -r "$trees" ] || { echo "$0: $trees: cannot read the trees file" >&2; exit 2; }
trees_dir=$(dirname "$trees")
[ -z "$keep" ] || mkdir -p "$keep" || exit 2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
read -ra extra <<< "${MEMCHECK_DIFF_ARGS:-}"

# The deepest directory holding every file of the database in DB_DIR.
tree_root() {
  jq -r '.[] | if (.file | startswith("/")) then .file else .directory + "/" + .file end' \
    "$1/compile_commands.json" \
    | (cd "$1" && xargs -d '\n' realpath -m) \
    | awk -F/ 'NR == 1 { n = NF - 1; for (i = 1; i <= n; i++) d[i] = $i; next }
               { for (i = 1; i <= n && i < NF && d[i] == $i; i++); n = i - 1 }
               END { for (i = 2; i <= n; i++) printf "/%s", d[i]; print "" }'
}

# run BINARY TAG DB_DIR ROOT PATH...: writes $work/TAG.list (the sorted
# findings), $work/TAG.err and $work/TAG.secs; returns memcheck's exit status.
run() {
  local bin=$1 tag=$2 db=$3 root=$4 start status rooted=()
  shift 4
  # A binary that knows --source-root writes report paths relative to it: the
  # tree's root then, so that both binaries' paths read alike.
  if "$bin" --help 2>&1 | grep -q -- '--source-root'; then
    rooted=(--source-root "$root")
  fi
  start=$(date +%s.%N)
  # (the braces keep bash's own "Segmentation fault" line off the report)
  { (cd "$db" && "$bin" -p . -j "$jobs" --quiet "${rooted[@]}" "${extra[@]}" --format json -o "$work/$tag.json" "$@") \
    < /dev/null > /dev/null 2> "$work/$tag.err"; } 2> /dev/null
  status=$?
  echo "$(date +%s.%N) - $start" | bc > "$work/$tag.secs"
  jq -r --arg db "$db/" --arg root "$root/" --argjson rooted "$([ ${#rooted[@]} = 0 ] && echo false || echo true)" '.findings[] | select(.suppressed | not)
         | (if (.file | startswith("/")) then .file elif $rooted then $root + .file else $db + .file end) as $abs
         | (if ($abs | startswith($root)) then $abs[($root | length):] else $abs end) as $file
         | "\($file):\(.line):\(.column): [\(.rule)] \(.message)"' "$work/$tag.json" 2> /dev/null \
    | LC_ALL=C sort > "$work/$tag.list"
  rm -f "$work/$tag.json"
  return $status
}

# A line for a binary that did not succeed, with the end of its stderr.
failure() {
  local tag=$1 status=$2
  case $status in
    2) echo "  $tag: exit 2 (usage or database error)" ;;
    3) echo "  $tag: exit 3 (some TU could not be analysed)" ;;
    13[0-9] | 1[4-9][0-9]) echo "  $tag: exit $status (killed by signal $((status - 128)))" ;;
    *) echo "  $tag: exit $status" ;;
  esac
  tail -n 3 "$work/$tag.err" | sed 's/^/    /'
}

differs=0
while read -r name db paths; do
  case $name in '' | '#'*) continue ;; esac
  read -ra restrict <<< "$paths"
  case $db in /*) ;; *) db=$trees_dir/$db ;; esac
  if [ ! -f "$db/compile_commands.json" ]; then
    echo "$name: $db/compile_commands.json: not found"
    differs=1
    continue
  fi
  db=$(cd "$db" && pwd -P)
  root=$(tree_root "$db")
  run "$old" old "$db" "$root" "${restrict[@]}"
  old_status=$?
  run "$new" new "$db" "$root" "${restrict[@]}"
  new_status=$?
  printf '%s: old %d findings (%.1f s), new %d findings (%.1f s)\n' "$name" \
    "$(wc -l < "$work/old.list")" "$(cat "$work/old.secs")" \
    "$(wc -l < "$work/new.list")" "$(cat "$work/new.secs")"
  [ "$old_status" -le 1 ] || { failure old "$old_status"; differs=1; }
  [ "$new_status" -le 1 ] || { failure new "$new_status"; differs=1; }
  LC_ALL=C comm -23 "$work/old.list" "$work/new.list" | sed 's/^/- /'
  LC_ALL=C comm -13 "$work/old.list" "$work/new.list" | sed 's/^/+ /'
  cmp -s "$work/old.list" "$work/new.list" || differs=1
  if [ -n "$keep" ]; then
    cp "$work/old.list" "$keep/$name.old"
    cp "$work/new.list" "$keep/$name.new"
  fi
done < "$trees"
exit $differs
