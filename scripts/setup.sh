#!/usr/bin/env bash
# setup.sh - installs what memcheck needs (Debian 12, apt-get) unless it is all
# there already, then configures and builds it.
# usage: scripts/setup.sh [BUILD_DIR [cmake options...]]   (default: build)
#        scripts/setup.sh --packages   (what building and running memcheck needs,
#                                       one a line: the GitHub Action installs these)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)

# What building memcheck (-DMEMCHECK_TESTS=OFF) and running it need.
build_packages=(cmake make gcc libclang-19-dev llvm-19-dev clang-19 libyaml-dev libjansson-dev)
if [ "${1:-}" = --packages ]; then
    printf '%s\n' "${build_packages[@]}"
    exit 0
fi
build=${1:-"$root/build"}
shift || true

# The test suite's tools (lit, FileCheck), which configuring it needs, and the
# sanitizer runtimes of the clang-built sanitizer configuration.
packages=("${build_packages[@]}" llvm-19-tools libclang-rt-19-dev python3)
# What only the test suite uses (scripts/test-all.sh sets MEMCHECK_SETUP_TESTS=1):
# SARIF schema validation, random programs, the HTML report in a real browser,
# peak memory of the stress tests (GNU time), reading action.yml and
# .pre-commit-hooks.yaml, the installed manual page.
if [ "${MEMCHECK_SETUP_TESTS:-0}" = 1 ]; then
    packages+=(python3-jsonschema csmith libcsmith-dev chromium time python3-yaml man-db valgrind)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}" >&2
    sudo=()
    if [ "$(id -u)" != 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${packages[@]}"
fi

cmake -S "$root" -B "$build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "$@"
cmake --build "$build" -j "$(nproc)"
