#!/usr/bin/env bash
# test-all.sh - what CI runs (.ci/run): set up, build with -Werror and run the whole
# lit suite; build again with ASan+UBSan and run the suite again; fuzz; then
# memcheck over its own sources must find nothing. Every stage runs even when an
# earlier one failed (a later stage needs only its own build); the failures are
# listed at the end and make the exit status non-zero.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)
export MEMCHECK_SETUP_TESTS=1   # setup.sh installs the test-only packages too
failed=()

# stage NAME COMMAND...: runs COMMAND (a function below), noting NAME if it fails.
stage() {
    local name=$1
    shift
    echo "== $name" >&2
    if ! "$@"; then
        echo "test-all: FAILED: $name" >&2
        failed+=("$name")
        return 1
    fi
}

plain_build() {
    "$root/scripts/setup.sh" "$root/build" -DMEMCHECK_WERROR=ON -DMEMCHECK_SANITIZE=OFF
}

plain_tests() {
    ctest --test-dir "$root/build" --output-on-failure -j "$jobs"
}

sanitized_tests() {
    "$root/scripts/setup.sh" "$root/build-asan" -DMEMCHECK_WERROR=ON -DMEMCHECK_SANITIZE=ON || return 1
    # A sanitizer report must never pass for memcheck's own exit status 1 or 3.
    ASAN_OPTIONS="detect_leaks=1:exitcode=66:abort_on_error=0:detect_stack_use_after_return=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=66" \
    LSAN_OPTIONS="suppressions=$root/test/lsan.supp:exitcode=66" \
        ctest --test-dir "$root/build-asan" --output-on-failure -j "$jobs"
}

# The CI times of fuzz/floors.txt (85 s of fuzzing in all); fuzz.sh fails
# on a crash and on a target that ends under its coverage floor.
fuzz() {
    "$root/scripts/fuzz.sh" || return 1
    if compgen -G "$root/build-fuzz/crashes/*" > /dev/null; then
        echo "test-all: the fuzzers found crashes: $root/build-fuzz/crashes" >&2
        return 1
    fi
}

dogfood() {
    "$root/build/memcheck" -p "$root/build" "$root/checker" "$root/rules"
}

built=true
stage "build (-Werror)" plain_build || built=false
if $built; then
    stage "test" plain_tests
fi
stage "build with ASan+UBSan and test" sanitized_tests
stage "fuzz: seven libFuzzer targets over their coverage floors" fuzz
if $built; then
    stage "dogfood: memcheck over its own sources" dogfood
fi

if ((${#failed[@]})); then
    echo "test-all: ${#failed[@]} stage(s) failed:" >&2
    printf '  %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "test-all: all passed" >&2
