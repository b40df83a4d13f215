#!/usr/bin/env bash
# Drives the real cpcreport window under Xvfb with xdotool, the way the tester did, and fails on any exit
# that is not a clean 0 (a crash, or a sanitizer report when the binary is built with -DCPC_SANITIZE=ON):
#   1. open a report, click into a narrative box and type, quit with Ctrl+Q;
#   2. the same, quitting from the File menu (Alt+F, then the Quit entry);
#   3. F1 (user guide), close it, Ctrl+O another report, quit.
#
#   tests/scripts/xvfb-quit.sh [path/to/cpcreport] [rounds]
#
# Settings go to a temporary folder (XDG_CONFIG_HOME), so the user's own are untouched.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="$(realpath "${1:-$ROOT/build/app/cpcreport}")"
ROUNDS="${2:-3}"
SIZE="${XVFB_SIZE:-1366x768}"
WORK="$(mktemp -d)"
export WORK # the steps run in the X server's shell
trap 'rm -rf "$WORK"' EXIT
export XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache" XDG_DATA_HOME="$WORK/data"
unset QT_QPA_PLATFORM # the real X server of Xvfb
export LC_ALL=C.UTF-8 CPCREPORT_LANGUAGE="${CPCREPORT_LANGUAGE:-es}"
export LSAN_OPTIONS="suppressions=$ROOT/tests/scripts/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
[ "$CPCREPORT_LANGUAGE" = en ] && FILE_MENU_KEY=alt+f || FILE_MENU_KEY=alt+a
export FILE_MENU_KEY
mkdir -p "$XDG_CONFIG_HOME"
"$BIN" new "$WORK/a.cpcreport" --from-json "$ROOT/resources/samples/sample-report.json" >/dev/null || exit 1
"$BIN" new "$WORK/b.cpcreport" --from-json "$ROOT/resources/samples/sample-report.json" >/dev/null || exit 1

# One session: $1 names it, the rest is what to do once the window is up (a shell function).
session() {
    local name=$1 steps=$2 log="$WORK/$1.log"
    xvfb-run -a -s "-screen 0 ${SIZE}x24" bash -c "
        '$BIN' '$WORK/a.cpcreport' >'$log' 2>&1 &
        pid=\$!
        for i in \$(seq 100); do xdotool search --onlyvisible --name 'CPC Report Studio' >/dev/null 2>&1 && break; sleep 0.2; done
        sleep 1.5
        win=\$(xdotool search --onlyvisible --name 'CPC Report Studio' | head -1)
        xdotool windowfocus --sync \$win 2>/dev/null
        $(declare -f type_in_narrative "$steps"); $steps \$win
        for i in \$(seq 150); do kill -0 \$pid 2>/dev/null || break; sleep 0.2; done
        if kill -0 \$pid 2>/dev/null; then echo 'still running after quit' >>'$log'; kill -9 \$pid; exit 124; fi
        wait \$pid"
    local rc=$?
    if [ $rc -ne 0 ]; then
        echo "FAIL $name: exit $rc"; tail -40 "$log"; return 1
    fi
    echo "ok   $name"
}

# Into the first narrative box of the objective (F6 navigator, down to "Objetivo 1", Shift+F6 to the page),
# then a real click in the middle of the window (the page's text), and typing.
type_in_narrative() {
    xdotool key F6; sleep 0.3
    xdotool key Home Down Down; sleep 0.8
    xdotool key shift+F6; sleep 0.3
    eval "$(xdotool getwindowgeometry --shell "$1")"
    xdotool mousemove --window "$1" $((WIDTH / 2)) $((HEIGHT / 2)) click 1; sleep 0.3
    xdotool type --delay 30 'Texto de prueba '; sleep 0.1
}
quit_ctrl_q() { type_in_narrative "$1"; xdotool key ctrl+q; }
# Archivo (Alt+A) in Spanish, File (Alt+F) in English; Up from the top reaches the last entry, Quit.
quit_menu() { type_in_narrative "$1"; sleep 1; xdotool key "$FILE_MENU_KEY"; sleep 0.5; xdotool key Up Return; }
# Without a window manager nobody gives the focus back to the main window when a dialog closes: the
# script does (xdotool windowfocus), as a desktop would.
guide_then_open() {
    xdotool key F1; sleep 2
    xdotool key Escape; sleep 0.5
    xdotool windowfocus --sync "$1"; sleep 0.3
    xdotool key ctrl+o; sleep 2
    local dialog
    dialog=$(xdotool search --onlyvisible --name 'Abrir|Open' | tail -1)
    [ -n "$dialog" ] && xdotool windowfocus --sync "$dialog"
    xdotool type --delay 10 "$WORK/b.cpcreport"; sleep 0.5; xdotool key Return; sleep 1
    # The first Return may only take the completer's suggestion.
    xdotool search --onlyvisible --name 'Abrir|Open' >/dev/null 2>&1 && xdotool key Return
    sleep 2
    xdotool windowfocus --sync "$1"; sleep 0.3
    xdotool key ctrl+q
}

failed=0
for round in $(seq "$ROUNDS"); do
    session "ctrl-q-$round" quit_ctrl_q || failed=1
    session "menu-quit-$round" quit_menu || failed=1
    session "guide-open-$round" guide_then_open || failed=1
done
exit $failed
