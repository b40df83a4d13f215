#!/usr/bin/env bash
# Takes the user guide's screenshots from the real application, under Xvfb, on the sample report:
#   docs/guide/screenshots.sh [BUILD_DIR] [LANGUAGE...]        (default: build, en es)
# Writes docs/guide/images/<language>-<name>.png. Needs xvfb-run, xauth, xdotool and imagemagick
# (packaging/test-package.sh installs the same tools). Look at every picture before committing it: the
# keystrokes below follow the window's layout, and a changed layout shows up here first.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/docs/guide/images

# ---------------------------------------------------------------------------------------------------
# Inside Xvfb: one language.
# ---------------------------------------------------------------------------------------------------
window_of() { # window_of PID SECONDS: the id of the process's largest visible window
    local deadline=$((SECONDS + $2)) id
    while [ $SECONDS -lt $deadline ]; do
        id=$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | tail -n1 || true)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.3
    done
    return 1
}

new_window() { # new_window PID KNOWN_ID SECONDS: a visible window of PID other than KNOWN_ID
    local deadline=$((SECONDS + $3)) id
    while [ $SECONDS -lt $deadline ]; do
        for id in $(xdotool search --onlyvisible --pid "$1" 2>/dev/null || true); do
            [ "$id" != "$2" ] && { echo "$id"; return 0; }
        done
        sleep 0.3
    done
    return 1
}

shot() { # shot WINDOW NAME: the window as docs/guide/images/<lang>-NAME.png, at most 1400 px wide
    sleep 1.5 # the last repaint
    import -window "$1" "$WORK/$2.png"
    convert "$WORK/$2.png" -resize '1400x>' -strip "$OUT/$LANG_CODE-$2.png"
    echo "  $OUT/$LANG_CODE-$2.png ($(identify -format '%wx%h' "$OUT/$LANG_CODE-$2.png"))"
}

keys() { # keys WINDOW KEY...: gives the window the focus (there is no window manager) and presses the keys
    local w=$1; shift
    xdotool windowfocus --sync "$w" 2>/dev/null || true
    for k in "$@"; do
        xdotool key --clearmodifiers "$k"
        sleep 0.3
    done
}

inside() {
    local app=$1
    LANG_CODE=$2
    WORK=$(mktemp -d /tmp/cpcreport-shots.XXXXXX)
    # A fresh user: no remembered layout, recent files or first-run question from a previous session.
    export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share
    export XDG_CACHE_HOME=$WORK/home/.cache CPCREPORT_LANGUAGE=$LANG_CODE LANGUAGE=$LANG_CODE
    mkdir -p "$XDG_CONFIG_HOME"
    "$app" new "$WORK/sample.cpcreport" --from-json "$ROOT/resources/samples/sample-report.json" >/dev/null

    "$app" "$WORK/sample.cpcreport" >"$WORK/app.log" 2>&1 &
    local pid=$! main
    main=$(window_of "$pid" 30) || { echo "no window"; cat "$WORK/app.log"; return 1; }
    xdotool windowsize "$main" 1400 860 windowmove "$main" 0 0
    sleep 2
    # Widen the navigator so that the names of the parts show: drag the edge of its panel to the right.
    local edge=${SHOT_NAV_EDGE:-258}
    xdotool mousemove "$edge" 400 sleep 0.3 mousedown 1 sleep 0.3 mousemove $((edge + 60)) 400 sleep 0.3 \
        mousemove $((edge + 170)) 400 sleep 0.3 mouseup 1 mousemove 700 850
    sleep 0.5

    # The main window with a section open: F6 to the navigator, down to objective 1 (Prevention).
    keys "$main" F6 Home
    for _ in $(seq 1 "${SHOT_DOWN:-2}"); do keys "$main" Down; done
    keys "$main" Return
    sleep 1
    # Give the guidance beside the page room to be read: drag the page's divider to the left.
    if [ -n "${SHOT_GUIDE_EDGE:-1293}" ]; then
        local g=${SHOT_GUIDE_EDGE:-1293}
        xdotool mousemove "$g" 440 sleep 0.3 mousedown 1 sleep 0.3 mousemove $((g - 60)) 440 sleep 0.3 \
            mousemove $((g - 230)) 440 sleep 0.3 mouseup 1 mousemove 700 850
    fi
    shot "$main" main-window

    # The New Report assistant.
    keys "$main" ctrl+n
    local dialog
    if dialog=$(new_window "$pid" "$main" 10); then
        shot "$dialog" new-report
        keys "$dialog" Escape
    else
        echo "  the New Report assistant did not open"
    fi

    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$WORK"
}

if [ "${1:-}" = "--inside-xvfb" ]; then
    inside "$2" "$3"
    exit $?
fi

# ---------------------------------------------------------------------------------------------------
BUILD=${1:-build}
[ $# -gt 0 ] && shift
APP=$(realpath "$BUILD/app/cpcreport")
[ -x "$APP" ] || { echo "no program at $APP; build it first" >&2; exit 2; }
mkdir -p "$OUT"
LANGS=("$@")
[ ${#LANGS[@]} -eq 0 ] && LANGS=(en es)
for lang in "${LANGS[@]}"; do
    echo "$lang:"
    xvfb-run -a -s "-screen 0 1400x900x24" "$0" --inside-xvfb "$APP" "$lang" > >(grep -v "XGetInputFocus") 2>&1
done
