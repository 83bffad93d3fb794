#!/usr/bin/env bash
# fuzz.sh [SECONDS] - builds the libFuzzer targets with clang-19, ASan and UBSan
# (build-fuzz/) and runs each for SECONDS (default 60), seeded with the C files
# of the lit suite and the shipped models. Crash inputs land in build-fuzz/crashes/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build="$root/build-fuzz"
CC=clang-19 cmake -S "$root" -B "$build" -DMEMCHECK_FUZZ=ON -DMEMCHECK_SANITIZE=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target fuzz_frontend fuzz_models >/dev/null
mkdir -p "$build/corpus/frontend" "$build/corpus/models" "$build/crashes"
find "$root/test" "$root/examples" -name '*.c' -exec cp {} "$build/corpus/frontend/" \;
cp "$root"/rules/models/*.yml "$build/corpus/models/"
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$root/test/lsan.supp"
for target in frontend models; do
  echo "fuzz: $target for ${seconds}s" >&2
  "$build/fuzz_$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="$build/crashes/$target-" "$build/corpus/$target" 2>&1 | tail -n 3
done
