#!/usr/bin/env bash
# csmith.sh [COUNT] [FIRST_SEED] [MEMCHECK] - analyses COUNT random C programs from
# Debian's csmith (seeds FIRST_SEED...). Any crash (exit above 3), sanitizer report
# or run over 60 s is printed with its seed, and makes the script exit 1.
set -uo pipefail
count=${1:-200}
first=${2:-1}
memcheck=${3:-$(dirname "$0")/../build/memcheck}
inc=/usr/include/csmith
command -v csmith >/dev/null && [ -d "$inc" ] || { echo "csmith.sh: needs Debian's csmith and libcsmith-dev" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bad=0
for seed in $(seq "$first" $((first + count - 1))); do
  csmith --seed "$seed" > "$work/p.c" 2>/dev/null || continue
  timeout 60 "$memcheck" --quiet "$work/p.c" -- -I"$inc" -w > /dev/null 2> "$work/err"
  rc=$?
  if [ "$rc" -gt 3 ] || grep -q "Sanitizer\|runtime error" "$work/err"; then
    echo "seed $seed: exit $rc"; head -5 "$work/err"; bad=$((bad + 1))
  fi
done
echo "csmith: $count programs, $bad failures"
[ "$bad" -eq 0 ]
