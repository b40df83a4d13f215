#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a set time on its seed corpus.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Targets: report_json apply csv xlsx markdown_pdf template merge open_report pdf_layout (all by default).
# Seeds come from resources/, tests/fixtures/ and tests/fuzz/seeds/<target>/; the growing corpus and
# any finding (crash-*, leak-*, timeout-*, oom-*) stay in $WORK (build-fuzz/fuzz-work), so a later run
# continues where this one stopped. A summary line per target (executions, coverage, corpus, findings)
# is printed and kept in $WORK/summary.txt. Exit status 1 when any target found something.
# On a machine with two cores, run two at once on different targets (they may share $WORK):
#   tests/fuzz/run-fuzzers.sh 600 apply merge ... & tests/fuzz/run-fuzzers.sh 600 csv xlsx ...
#
# Environment: BUILD_DIR (build-fuzz), WORK ($BUILD_DIR/fuzz-work), JOBS for the build (1).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SECONDS_PER_TARGET="${1:-180}"
shift || true
ALL=(report_json apply csv xlsx markdown_pdf template merge open_report pdf_layout)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL[@]}")
BUILD_DIR="${BUILD_DIR:-$ROOT/build-fuzz}"
WORK="${WORK:-$BUILD_DIR/fuzz-work}"
JOBS="${JOBS:-1}"

if ! command -v clang++ >/dev/null; then
    echo "Installing clang (libFuzzer comes with it)..."
    if [ "$(id -u)" = 0 ]; then apt-get install -y --no-install-recommends clang libclang-rt-14-dev; else sudo apt-get install -y --no-install-recommends clang libclang-rt-14-dev; fi
fi

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCPC_FUZZ=ON -DCPC_BUILD_UI=OFF -DCPC_BUILD_TESTS=OFF
fi
cmake --build "$BUILD_DIR" -j"$JOBS" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

mkdir -p "$WORK"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
# Qt is not instrumented: its allocations at exit are not our leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

seed() { # seed TARGET FILE...: copies seed files into the target's corpus
    local dir="$WORK/corpus/$1"
    shift
    mkdir -p "$dir"
    for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$dir/" || true; done
}

prepare_corpus() {
    local t="$1"
    mkdir -p "$WORK/corpus/$t"
    [ -d "$ROOT/tests/fuzz/seeds/$t" ] && seed "$t" "$ROOT"/tests/fuzz/seeds/"$t"/*
    case "$t" in
        report_json) seed "$t" "$ROOT"/resources/samples/*.json "$ROOT"/tests/fixtures/checks/*.json ;;
        apply) seed "$t" "$ROOT"/tests/fuzz/seeds/apply/* ;;
        csv) seed "$t" "$ROOT"/tests/fixtures/indicators/*.csv ;;
        xlsx) seed "$t" "$ROOT"/tests/fixtures/indicators/*.xlsx ;;
        template) seed "$t" "$ROOT"/resources/templates/*.json ;;
        open_report) seed "$t" "$ROOT"/tests/fixtures/schema/*.cpcreport ;;
        markdown_pdf)
            # Narratives of the sample, each behind an options byte.
            python3 - "$ROOT/resources/samples/sample-report.json" "$WORK/corpus/$t" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for i, s in enumerate(d["sections"]):
    for lang in ("en", "es"):
        text = s.get("body", {}).get(lang, "")
        if text:
            open("%s/sample-%d-%s.md" % (sys.argv[2], i, lang), "wb").write(bytes([i % 8]) + text.encode())
PY
            ;;
        merge)
            if [ ! -f "$WORK/merge/coordinator.cpcreport" ]; then
                rm -rf "$WORK/merge"
                CPC_FUZZ_MERGE_SETUP="$WORK/merge" "$BUILD_DIR/tests/fuzz/fuzz_merge" -runs=0 >/dev/null 2>&1 || true
            fi
            seed "$t" "$WORK"/merge/seeds/*.cpcreport
            ;;
    esac
}

max_len() {
    case "$1" in
        open_report|merge) echo 400000 ;;
        xlsx) echo 65536 ;;
        report_json|template) echo 131072 ;;
        *) echo 16384 ;;
    esac
}

status=0
mkdir -p "$WORK/summary"
for t in "${TARGETS[@]}"; do
    prepare_corpus "$t"
    mkdir -p "$WORK/findings/$t" "$WORK/logs"
    log="$WORK/logs/$t.log"
    echo "== fuzz_$t for ${SECONDS_PER_TARGET}s"
    (
        [ "$t" = merge ] && export CPC_FUZZ_MERGE_TARGET="$WORK/merge/coordinator.cpcreport"
        "$BUILD_DIR/tests/fuzz/fuzz_$t" "$WORK/corpus/$t" -max_total_time="$SECONDS_PER_TARGET" \
            -max_len="$(max_len "$t")" -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 \
            -artifact_prefix="$WORK/findings/$t/" >"$log" 2>&1
    ) || true
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    corpus=$(ls "$WORK/corpus/$t" | wc -l)
    findings=$(ls "$WORK/findings/$t" | wc -l)
    line="fuzz_$t: ${SECONDS_PER_TARGET}s, ${execs:-0} executions, cov ${cov:-?}, ft ${ft:-?}, corpus $corpus, findings $findings"
    echo "$line" | tee "$WORK/summary/$t.txt"
    [ "$findings" -gt 0 ] && status=1
done
# One line per target ever run here, the latest of each; two runs on different targets may share $WORK.
cat "$WORK"/summary/*.txt > "$WORK/summary.txt"
exit $status
