#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (-DCPC_SANITIZE=ON) and runs the
# whole test suite, the reliability tests and the crash harness included. Any sanitizer report fails the
# test it happens in (UBSan does not recover; ASan aborts), including in the cpcreport processes the
# CLI tests start, which are instrumented too.
#
#   tests/scripts/run-sanitizers.sh [ctest -R regex]
#   tests/scripts/run-sanitizers.sh --ui [Catch2 test spec]
#
# --ui builds only the window's tests and the program, runs test_ui in one process (every window test,
# the journeys included, with leak detection at its exit), then drives the real window under Xvfb
# (tests/scripts/xvfb-quit.sh: type and quit with Ctrl+Q and from the menu, user guide then open).
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

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCPC_SANITIZE=ON -DCPC_WERROR=ON \
      "${launcher[@]}"
if [ "${1:-}" = "--ui" ]; then
    shift
    cmake --build "$BUILD_DIR" -j"$JOBS" --target cpcreport test_ui
    CPCREPORT_LANGUAGE=en "$BUILD_DIR/tests/ui/test_ui" "$@"
    exec "$ROOT/tests/scripts/xvfb-quit.sh" "$BUILD_DIR/app/cpcreport" 2
fi
cmake --build "$BUILD_DIR" -j"$JOBS"
cd "$BUILD_DIR"
if [ $# -gt 0 ]; then
    ctest --no-tests=error --output-on-failure -R "$1"
else
    ctest --no-tests=error --output-on-failure
fi
