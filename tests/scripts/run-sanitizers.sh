#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (-DCPC_SANITIZE=ON) and runs the
# whole test suite, the reliability tests and the crash harness included. Any sanitizer report fails the
# test it happens in (UBSan does not recover; ASan aborts), including in the cpcreport processes the
# CLI tests start, which are instrumented too.
#
#   tests/scripts/run-sanitizers.sh [ctest -R regex]
#
# Environment: BUILD_DIR (build-asan), JOBS (2).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-asan}"
JOBS="${JOBS:-2}"

# Leaks of Qt's and fontconfig's own singletons at exit are not ours; everything else is reported.
export LSAN_OPTIONS="suppressions=$ROOT/tests/scripts/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCPC_SANITIZE=ON -DCPC_WERROR=ON
cmake --build "$BUILD_DIR" -j"$JOBS"
cd "$BUILD_DIR"
if [ $# -gt 0 ]; then
    ctest --no-tests=error --output-on-failure -R "$1"
else
    ctest --no-tests=error --output-on-failure
fi
