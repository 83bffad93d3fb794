#!/usr/bin/env bash
# valgrind.sh - runs lit folders (default: test/cli) with every memcheck under
# valgrind. Any memory error, or any block memcheck definitely leaks, fails the
# run: valgrind writes one log per process and every log must stay empty (a
# failing exit code alone could hide behind a test that expects failure).
# libclang's still-reachable caches are not counted.
#
#   scripts/valgrind.sh [BUILD_DIR] [TEST_DIR...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=("$root/test/cli")
command -v valgrind >/dev/null || { echo "valgrind.sh: install valgrind (apt-get install valgrind)" >&2; exit 2; }
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
wrapper="valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite"
wrapper+=" --show-leak-kinds=definite --log-file=$logs/%%p.log"
start=$(date +%s)
status=0
python3 /usr/lib/llvm-19/build/utils/lit/lit.py -s \
  --param site="$build/test/lit.site.cfg.py" --param wrapper="$wrapper" "${dirs[@]}" || status=$?
runs=$(find "$logs" -name '*.log' | wc -l)
bad=$(find "$logs" -name '*.log' -size +0 | wc -l)
for f in $(find "$logs" -name '*.log' -size +0 | head -5); do cat "$f"; done
echo "valgrind.sh: $runs memcheck runs, $bad with valgrind reports, lit status $status, $(($(date +%s) - start)) s"
[ "$bad" -eq 0 ] && [ "$status" -eq 0 ]
