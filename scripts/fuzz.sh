#!/usr/bin/env bash
# fuzz.sh [SECONDS [TARGET...]] - builds the libFuzzer targets with clang-19 (build-fuzz/: the
# code under test instrumented for coverage, with ASan and UBSan) and runs them one
# at a time, each from its seed corpus: fuzz/corpus/TARGET/ (the front end's are
# the C files of the lit suite, the model loader's the shipped models) and its
# dictionary fuzz/dict/TARGET.dict. Without SECONDS each target runs for the CI
# time fuzz/floors.txt gives it; with it, every target (or each TARGET named)
# runs that long.
#
# Prints each target's final coverage (cov: edges, ft: features) and fails when a
# target ends under its floor in fuzz/floors.txt (libFuzzer running blind, or a
# seed corpus or reader that no longer reaches what it did), or when it found a
# crash: the input lands in build-fuzz/crashes/TARGET-*.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-}
shift || true
build="$root/build-fuzz"
floors="$root/fuzz/floors.txt"
# target, CI seconds, least cov, least ft (lines of fuzz/floors.txt)
mapfile -t rows < <(grep -v '^#' "$floors" | grep .)
if (($#)); then
  mapfile -t rows < <(printf '%s\n' "${rows[@]}" | grep -E "^($(IFS='|'; echo "$*"))[[:space:]]")
fi
targets=()
for row in "${rows[@]}"; do
  read -r target _ <<<"$row"
  targets+=("fuzz_$target")
done

CC=clang-19 cmake -S "$root" -B "$build" -DMEMCHECK_FUZZ=ON -DMEMCHECK_SANITIZE=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}" >/dev/null
mkdir -p "$build/crashes" "$build/logs"
# Each run starts from the seeds alone, so that what it reaches does not depend
# on the runs before it.
rm -rf "$build/corpus" "$build/tmp"
mkdir -p "$build/tmp"
for row in "${rows[@]}"; do
  read -r target _ <<<"$row"
  mkdir -p "$build/corpus/$target"
  case $target in
    frontend) find "$root/test" "$root/examples" -name '*.c' -exec cp {} "$build/corpus/frontend/" \; ;;
    models) cp "$root"/rules/models/*.yml "$build/corpus/models/" ;;
    *) cp "$root/fuzz/corpus/$target"/* "$build/corpus/$target/" ;;
  esac
done

export TMPDIR="$build/tmp"   # the targets' scratch directories (fuzz/fuzz_util.c)
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$root/test/lsan.supp"
status=0
for row in "${rows[@]}"; do
  read -r target ci_seconds least_cov least_ft <<<"$row"
  time=${seconds:-$ci_seconds}
  dict=()
  [ -f "$root/fuzz/dict/$target.dict" ] && dict=(-dict="$root/fuzz/dict/$target.dict")
  log="$build/logs/$target.log"
  echo "fuzz: $target for ${time}s" >&2
  # -close_fd_mask=2: the readers' error messages for bad inputs are noise here;
  # libFuzzer keeps its own output and the sanitizers' reports.
  if ! "$build/fuzz_$target" -max_total_time="$time" -timeout=30 -rss_limit_mb=4096 -max_len=65536 \
      -close_fd_mask=2 -artifact_prefix="$build/crashes/$target-" "${dict[@]}" "$build/corpus/$target" \
      >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "fuzz: $target: FAILED (a crash or sanitizer report; the whole log: $log)" >&2
    status=1
    continue
  fi
  last=$(grep -E '^#[0-9]+[[:space:]].*cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)
  cov=$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<<"$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+) .*/\1/p' <<<"$last")
  runs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
  verdict=ok
  if [ -z "$cov" ] || ((cov < least_cov || ft < least_ft)); then
    verdict="UNDER THE FLOOR (cov >= $least_cov, ft >= $least_ft in fuzz/floors.txt)"
    status=1
  fi
  printf 'fuzz: %-10s cov: %-6s ft: %-6s runs: %-8s floor cov: %-6s ft: %-6s %s\n' \
    "$target" "${cov:-?}" "${ft:-?}" "${runs:-?}" "$least_cov" "$least_ft" "$verdict"
done
exit $status
