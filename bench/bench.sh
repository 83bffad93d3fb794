#!/usr/bin/env bash
# bench.sh - memcheck against `clang -fsyntax-only` on the same compile database
# and job count, as SPEC §6 states the bound (and `clang -fsyntax-only -w`, which
# skips the analyses behind warnings, as memcheck's parse does, as a second
# column): CPU time (user + sys, what the bound is about: it does not depend on
# other processes sharing the cores), wall time, peak memory (RSS of the biggest
# process) and their ratios, measured in one run; then --cache: a cold run into
# an empty cache and a warm rerun on the unchanged tree; then the seconds of
# memcheck's phases. Not a test: it prints figures, it does not judge. Timings on
# a shared machine are noisy: clang, clang -w and memcheck run in turns, -r times
# each (default 5), and the medians are printed.
#
#   bench/bench.sh [-j N] [-r RUNS] [-m path/to/memcheck] DB_DIR...
#
# DB_DIR holds a compile_commands.json. For the SQLite amalgamation (one 269k-line
# TU, the hardest case) unpack `npm pack better-sqlite3` and point a database at
# deps/sqlite3/sqlite3.c; bench/sqlite-db.sh writes one.
set -euo pipefail
jobs=$(nproc)
runs=5
memcheck=${MEMCHECK:-$(dirname "$0")/../build/memcheck}
while getopts "j:r:m:" o; do
  case $o in j) jobs=$OPTARG ;; r) runs=$OPTARG ;; m) memcheck=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: $0 [-j N] [-r RUNS] [-m memcheck] DB_DIR..." >&2; exit 2; }
clang=$(command -v clang-19 || command -v clang)

# Runs a command, prints "wall_seconds cpu_seconds max_rss_kb" (cpu: user + sys,
# of the command and its children).
measure() {
  local out
  out=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$out" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$out" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
  rm -f "$out"
}

# A database's name in the table: its directory's last two parts (zstd/build, not build).
label() {
  local d
  d=$(cd "$1" && pwd)
  echo "$(basename "$(dirname "$d")")/$(basename "$d")"
}

# The median of the numbers on standard input.
median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# clang -fsyntax-only over every entry, N at a time, with the entry's own flags.
runner=$(mktemp)
trap 'rm -f "$runner"' EXIT
cat > "$runner" <<'PY'
import json, shlex, subprocess, sys, concurrent.futures as cf
db, jobs, clang = json.load(open(sys.argv[1] + "/compile_commands.json")), int(sys.argv[2]), sys.argv[3]
quiet = sys.argv[4:] == ["-w"]
def run(e):
    args = e.get("arguments") or shlex.split(e["command"])
    out, skip = [], False
    for a in args[1:]:
        if skip: skip = False; continue
        if a in ("-o", "-MF", "-MT", "-MQ"): skip = True; continue
        if a in ("-c", "-MD", "-MMD"): continue
        out.append(a)
    subprocess.run([clang, "-fsyntax-only"] + (["-w"] if quiet else []) + out, cwd=e["directory"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
with cf.ThreadPoolExecutor(jobs) as ex: list(ex.map(run, db))
PY

printf '%-22s %4s %8s %8s %8s %8s %8s %8s %8s %7s %7s %7s %7s %8s %8s %6s\n' database jobs \
  clang_cpu clangw_cpu memck_cpu cpu/clang cpu/clw clang_s memck_s wall/cl clang_MB memck_MB MB/cl \
  cold_s warm_s warm/cold
for db in "$@"; do
  cws=() ccs=() wcs=() mws=() mcs=()
  for ((i = 0; i < runs; i++)); do
    read -r w c cm < <(measure python3 "$runner" "$db" "$jobs" "$clang")
    cws+=("$w") ccs+=("$c")
    read -r _ c _ < <(measure python3 "$runner" "$db" "$jobs" "$clang" -w)
    wcs+=("$c")
    read -r w c mm < <(measure "$memcheck" -p "$db" -j "$jobs" --quiet)
    mws+=("$w") mcs+=("$c")
  done
  cw=$(printf '%s\n' "${cws[@]}" | median)
  cc=$(printf '%s\n' "${ccs[@]}" | median)
  wc=$(printf '%s\n' "${wcs[@]}" | median)
  mw=$(printf '%s\n' "${mws[@]}" | median)
  mc=$(printf '%s\n' "${mcs[@]}" | median)
  # --cache: a cold run fills a fresh cache, a warm one reruns on the unchanged tree
  cache=$(mktemp -d)
  read -r cold _ _ < <(measure "$memcheck" -p "$db" -j "$jobs" --quiet --cache "$cache")
  read -r warm _ _ < <(measure "$memcheck" -p "$db" -j "$jobs" --quiet --cache "$cache")
  rm -rf "$cache"
  printf '%-22s %4s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %7.2f %7.0f %7.0f %7.2f %8.2f %8.2f %6.3f\n' \
    "$(label "$db")" "$jobs" "$cc" "$wc" "$mc" "$(echo "$mc / $cc" | bc -l)" "$(echo "$mc / $wc" | bc -l)" \
    "$cw" "$mw" "$(echo "$mw / $cw" | bc -l)" "$((cm / 1024))" "$((mm / 1024))" "$(echo "$mm / $cm" | bc -l)" \
    "$cold" "$warm" "$(echo "$warm / $cold" | bc -l)"
  # where memcheck's time goes, from one more run (parsing and lowering summed over TUs)
  { "$memcheck" -p "$db" -j "$jobs" --verbose 2>&1 >/dev/null || true; } | sed -n 's/^memcheck: seconds: /  phases: /p'
done
