#!/usr/bin/env bash
# test-all.sh - what CI runs (.ci/run): set up, build with -Werror and run the whole
# lit suite; build again with ASan+UBSan and run the suite again; then memcheck
# over its own sources must find nothing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)
export MEMCHECK_SETUP_TESTS=1   # setup.sh installs the test-only packages too

echo "== build (-Werror) and test" >&2
"$root/scripts/setup.sh" "$root/build" -DMEMCHECK_WERROR=ON -DMEMCHECK_SANITIZE=OFF
ctest --test-dir "$root/build" --output-on-failure -j "$jobs"

echo "== build with ASan+UBSan and test" >&2
"$root/scripts/setup.sh" "$root/build-asan" -DMEMCHECK_WERROR=ON -DMEMCHECK_SANITIZE=ON
# A sanitizer report must never pass for memcheck's own exit status 1 or 3.
export ASAN_OPTIONS="detect_leaks=1:exitcode=66:abort_on_error=0:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=66"
export LSAN_OPTIONS="suppressions=$root/test/lsan.supp:exitcode=66"
ctest --test-dir "$root/build-asan" --output-on-failure -j "$jobs"
unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS

echo "== fuzz: the front end and engine, and the model loader, 30 s each" >&2
"$root/scripts/fuzz.sh" 30
if compgen -G "$root/build-fuzz/crashes/*" > /dev/null; then
    echo "test-all: the fuzzers found crashes: $root/build-fuzz/crashes" >&2
    exit 1
fi

echo "== dogfood: memcheck over its own sources" >&2
"$root/build/memcheck" -p "$root/build" "$root/checker" "$root/rules"
echo "test-all: all passed" >&2
