#!/usr/bin/env bash
# Runs `cpcreport export-pdf` of the sample report under valgrind memcheck: no invalid read or write, no
# use of uninitialised memory, and no memory of ours definitely lost.
#
#   tests/scripts/run-valgrind.sh [path/to/cpcreport]     (default: build/app/cpcreport)
#
# Exit status 0 when valgrind reports no error. The full log is kept in $WORK (a temp folder, printed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="${1:-$ROOT/build/app/cpcreport}"
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)"; exit 2; }
WORK="$(mktemp -d /tmp/cpc-valgrind-XXXXXX)"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
"$BIN" new "$WORK/sample.cpcreport" --from-json "$ROOT/resources/samples/sample-report.json"

status=0
for layout in sequential parallel; do
    log="$WORK/valgrind-$layout.log"
    valgrind --tool=memcheck --error-exitcode=42 --leak-check=full --errors-for-leak-kinds=definite \
        --track-origins=yes --num-callers=30 --log-file="$log" \
        "$BIN" export-pdf "$WORK/sample.cpcreport" -o "$WORK/sample-$layout.pdf" --layout "$layout" || status=$?
    echo "== export-pdf --layout $layout: exit $status"
    grep -E "ERROR SUMMARY|definitely lost|indirectly lost|possibly lost" "$log" || true
done
echo "logs in $WORK"
exit $status
