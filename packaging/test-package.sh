#!/usr/bin/env bash
# Installs the Debian package, checks its files, desktop entry, AppStream data and file type, starts the
# application from its desktop entry on a .cpcreport under Xvfb, then removes the package and checks that
# nothing is left. Run as root (or with sudo available) on Debian 12:
#   packaging/test-package.sh [PATH/cpcreport_*.deb] [--no-gui]
# Without a path it builds the package in $CPC_BUILD_DIR (default build-pkg) first. --no-gui skips the
# window step, for builds made without the authoring window; the script then says so and does not claim it.
# Writes its screenshot and logs to $CPC_TEST_OUT (default <build dir>/package-test).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${CPC_BUILD_DIR:-build-pkg}
APP_ID=org.cpcreport.CpcReport
MIME=application/x-cpcreport

# What this test needs besides the package itself: xdg-utils (xdg-mime), libfile-mimeinfo-perl (the
# `mimetype` tool xdg-mime uses outside a desktop session), libglib2.0-bin (gio: launching by file type),
# desktop-file-utils and appstream (validators), xvfb and xauth (a display), xdotool and x11-utils (finding
# the window), imagemagick (the screenshot), python3 (a foreign SQLite file for the magic check).
TEST_PACKAGES=(xdg-utils libfile-mimeinfo-perl libglib2.0-bin desktop-file-utils appstream xvfb xauth
               xdotool x11-utils imagemagick python3)

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...: runs the command, records pass or fail
    local what=$1; shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
section() { printf '\n== %s\n' "$*"; }

# ---------------------------------------------------------------------------------------------------
# Inside Xvfb (the script runs itself again under xvfb-run for this part).
# ---------------------------------------------------------------------------------------------------
wait_for_window() { # prints the id of cpcreport's first visible window, or fails after $1 seconds
    local deadline=$((SECONDS + $1)) id
    while [ $SECONDS -lt $deadline ]; do
        id=$(xdotool search --onlyvisible --classname '^cpcreport$' 2>/dev/null | head -n1 || true)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.5
    done
    return 1
}

gui_step() { # gui_step REPORT OUT_DIR: opens REPORT the way a file manager does and waits for the window
    local report=$1 out=$2 win pid title=""
    # A clean session: the user's own file associations must not decide the result.
    export HOME=$out/home XDG_CONFIG_HOME=$out/home/.config XDG_DATA_HOME=$out/home/.local/share
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
    # gio picks the handler from the file's MIME type and the installed desktop entry's MimeType and Exec.
    gio open "$report" >"$out/gio-open.log" 2>&1 || { echo "gio open failed:"; cat "$out/gio-open.log"; return 1; }
    if ! win=$(wait_for_window 60); then
        echo "no cpcreport window appeared within 60 s; top-level windows:"
        xwininfo -root -children | sed 's/^/    /' | head -n 20
        echo "what gio and the program printed:"
        sed 's/^/    /' "$out/gio-open.log"
        return 1
    fi
    pid=$(xdotool getwindowpid "$win" 2>/dev/null || true)
    # The report is open once the window names it in its title ("sample.cpcreport — CPC Report Studio")
    # or holds its writer lock (FILE.lock); opening may finish after the window first shows.
    local ok=0 opened=1 deadline=$((SECONDS + 20))
    while [ $SECONDS -lt $deadline ]; do
        title=$(xdotool getwindowname "$win" 2>/dev/null || true)
        case "$title" in *"$(basename "$report")"*) opened=0 ;; esac
        [ -e "$report.lock" ] && opened=0
        [ $opened -eq 0 ] && break
        sleep 0.5
    done
    sleep 2 # let the first paint finish before the screenshot
    echo "window $win, pid ${pid:-?}, title: $title"
    import -window root "$out/screenshot.png"
    [ $opened -eq 0 ] || { echo "the window does not show $report as open (title, lock file)"; ok=1; }
    if [ -n "$pid" ]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" >"$out/cmdline.txt" 2>/dev/null || true
        echo "command line: $(cat "$out/cmdline.txt")"
        grep -qF "$report" "$out/cmdline.txt" || { echo "the desktop entry did not pass the report"; ok=1; }
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    fi
    # A window without a pid closes with the display when xvfb-run ends.
    return $ok
}

if [ "${1:-}" = "--inside-xvfb" ]; then
    gui_step "$2" "$3"
    exit $?
fi

# ---------------------------------------------------------------------------------------------------
# The test proper.
# ---------------------------------------------------------------------------------------------------
DEB=""
GUI=1
for arg in "$@"; do
    case "$arg" in
        --no-gui) GUI=0 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) DEB=$arg ;;
    esac
done

section "Test tools"
missing=()
for p in "${TEST_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
pass "test tools present"

if [ -z "$DEB" ]; then
    section "Building the package in $BUILD"
    CPC_BUILD_DIR=$BUILD ./build.sh build
    cmake --build "$BUILD" --target package-deb
    DEB=$(find "$BUILD" -maxdepth 1 -name 'cpcreport_*.deb' -printf '%T@ %p\n' | sort -rn | head -n1 | cut -d' ' -f2-)
fi
[ -f "$DEB" ] || { echo "no package at '$DEB'" >&2; exit 2; }
DEB=$(realpath "$DEB")
OUT=${CPC_TEST_OUT:-$ROOT/$BUILD/package-test}
rm -rf "$OUT"
mkdir -p "$OUT"
echo "package: $DEB"
echo "output:  $OUT"

section "Package metadata"
dpkg-deb -I "$DEB" control >"$OUT/control.txt"
sed 's/^/    /' "$OUT/control.txt"
# The names in Depends, one a line, without versions.
DEPENDS=$(dpkg-deb -f "$DEB" Depends | sed 's/([^)]*)//g; s/[,|]/\n/g' | tr -d ' ' | sed '/^$/d' | sort -u)
# shellcheck disable=SC2317 # called through check
declared() { grep -qxF "$1" <<<"$DEPENDS"; }
WANTED=(libqt6core6 libsqlite3-0 hunspell-en-us hunspell-es hyphen-en-us hyphen-es qt6-translations-l10n libqt6svg6 qt6-qpa-plugins
        fonts-droid-fallback fonts-nanum)
# A build without the window links neither of these.
[ $GUI -eq 1 ] && WANTED+=(libqt6gui6 libqt6widgets6)
for p in "${WANTED[@]}"; do
    check "Depends names $p" declared "$p"
done
for p in $DEPENDS; do
    check "dependency $p is a Debian package" bash -c "apt-cache show '$p' >/dev/null 2>&1"
done

section "Install"
if dpkg-query -W -f='${Status}' cpcreport 2>/dev/null | grep -q "ok installed"; then
    echo "removing the cpcreport installed before this test"
    $SUDO apt-get remove -y -qq cpcreport >/dev/null
fi
check "apt-get install ./$(basename "$DEB")" \
    bash -c "cd '$(dirname "$DEB")' && $SUDO apt-get install -y -qq './$(basename "$DEB")' >'$OUT/install.log' 2>&1"
check "dpkg says installed" bash -c "dpkg-query -W -f='\${Status}' cpcreport | grep -q 'install ok installed'"

section "Installed files"
dpkg -L cpcreport >"$OUT/files.txt"
EXPECTED=(
    /usr/bin/cpcreport
    "/usr/share/applications/$APP_ID.desktop"
    "/usr/share/metainfo/$APP_ID.metainfo.xml"
    /usr/share/mime/packages/cpcreport.xml
    /usr/share/icons/hicolor/scalable/apps/cpcreport.svg
    /usr/share/icons/hicolor/scalable/mimetypes/application-x-cpcreport.svg
    /usr/share/doc/cpcreport/copyright
)
for s in 16 22 24 32 48 64 128 256; do
    EXPECTED+=("/usr/share/icons/hicolor/${s}x$s/apps/cpcreport.png"
               "/usr/share/icons/hicolor/${s}x$s/mimetypes/application-x-cpcreport.png")
done
# Data folders are installed when the source tree has them (fonts may come from the system instead).
for d in templates samples fonts spelling; do
    [ -d "$ROOT/resources/$d" ] && [ -n "$(ls -A "$ROOT/resources/$d")" ] && EXPECTED+=("/usr/share/cpcreport/$d")
done
# The user guide (Help > User Guide) in both languages, and every picture each of them shows.
GUIDE=/usr/share/cpcreport/guide
EXPECTED+=("$GUIDE/en/index.md" "$GUIDE/es/index.md")
for lang in en es; do
    while read -r picture; do
        EXPECTED+=("$(realpath -m "$GUIDE/$lang/$picture")")
    done < <(grep -o '!\[[^]]*\]([^)]*)' "$ROOT/docs/guide/$lang/index.md" | sed 's/.*](\(.*\))/\1/')
done
for f in "${EXPECTED[@]}"; do
    check "$f" bash -c "grep -qxF '$f' '$OUT/files.txt' && [ -e '$f' ]"
done
missing_files=$(while read -r f; do if [ ! -e "$f" ]; then echo "$f"; fi; done <"$OUT/files.txt")
check "every file dpkg lists exists" test -z "$missing_files"
check "the executable runs (--version)" bash -c "cpcreport --version >'$OUT/version.txt' 2>&1"
echo "    $(head -n1 "$OUT/version.txt")"
# The Spanish interface is compiled into the executable: the same help reads differently in Spanish.
CPCREPORT_LANGUAGE=en cpcreport --help >"$OUT/help-en.txt" 2>&1 || true
CPCREPORT_LANGUAGE=es cpcreport --help >"$OUT/help-es.txt" 2>&1 || true
check "the Spanish translation is in the executable (--help differs in Spanish)" \
    bash -c "[ -s '$OUT/help-es.txt' ] && ! cmp -s '$OUT/help-en.txt' '$OUT/help-es.txt'"
unresolved=$(ldd /usr/bin/cpcreport | grep 'not found' || true)
check "every shared library resolves" test -z "$unresolved"
# On a fresh machine only declared packages are there: every library must come from one of them.
owner() { # the package that ships a library, whichever of its /lib, /usr/lib or resolved names dpkg knows
    local f
    for f in "$1" "/usr$1" "$(realpath "$1")" "${1#/usr}"; do
        dpkg -S "$f" 2>/dev/null | head -n1 | cut -d: -f1 && return 0
    done
    return 1
}
# Libraries that come in through another library are covered by that library's own dependencies, so
# only the ones the executable itself names (NEEDED) must be in Depends.
NEEDED=$(objdump -p /usr/bin/cpcreport | awk '/NEEDED/{print $2}')
for name in $NEEDED; do
    # The dynamic loader is listed by ldd without "=>", and always comes with libc6.
    case "$name" in ld-linux*) pass "$name comes from libc6 (the dynamic loader)"; continue ;; esac
    lib=$(ldd /usr/bin/cpcreport | awk -v n="$name" '$1 == n {print $3}')
    pkg=""
    if [ -n "$lib" ]; then pkg=$(owner "$lib" || true); fi
    [ -n "$pkg" ] || { fail "$name belongs to no package"; continue; }
    check "$name comes from declared $pkg" declared "$pkg"
done

section "Desktop entry and AppStream"
check "desktop-file-validate" desktop-file-validate /usr/share/applications/$APP_ID.desktop
check "Exec takes a file" grep -qx 'Exec=cpcreport %f' /usr/share/applications/$APP_ID.desktop
check "MimeType is $MIME" grep -qx "MimeType=$MIME;" /usr/share/applications/$APP_ID.desktop
check "Spanish name and comment" bash -c "grep -q '^Name\[es\]=' /usr/share/applications/$APP_ID.desktop &&
                                          grep -q '^Comment\[es\]=' /usr/share/applications/$APP_ID.desktop"
check "appstreamcli validate --no-net" \
    bash -c "appstreamcli validate --no-net /usr/share/metainfo/$APP_ID.metainfo.xml >'$OUT/appstream.txt' 2>&1"
sed 's/^/    /' "$OUT/appstream.txt"

section "File type"
check "shared-mime-info database has $MIME" test -f /usr/share/mime/application/x-cpcreport.xml
check "mimeinfo.cache maps $MIME to $APP_ID.desktop" \
    grep -qx "$MIME=$APP_ID.desktop;" /usr/share/applications/mimeinfo.cache
WORK=$(mktemp -d /tmp/cpcreport-pkgtest.XXXXXX)
chmod 755 "$WORK"
SAMPLE_JSON=""
for j in /usr/share/cpcreport/samples/sample-report.json "$ROOT/resources/samples/sample-report.json" \
         /work/shared/examples/sample-report.json; do
    [ -f "$j" ] && { SAMPLE_JSON=$j; break; }
done
REPORT=$WORK/sample.cpcreport
check "cpcreport new from $SAMPLE_JSON" \
    bash -c "[ -n '$SAMPLE_JSON' ] && cpcreport new '$REPORT' --from-json '$SAMPLE_JSON' >'$OUT/new.log' 2>&1"
if [ ! -s "$REPORT" ]; then
    # Already counted as a failure; an SQLite file marked like a report lets the file-type checks still run.
    sed 's/^/    /' "$OUT/new.log"
    echo "    (the checks below use a stand-in SQLite file with application_id CPCR)"
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma application_id=0x43504352')
c.execute('create table t(x)'); c.commit()" "$REPORT"
fi
check "report carries application_id CPCR at byte 68" \
    bash -c "[ \"\$(dd if='$REPORT' bs=1 skip=68 count=4 status=none)\" = CPCR ]"
# Outside a desktop session xdg-mime asks `mimetype`; GNOME-like sessions ask gio. Both must agree.
check "xdg-mime query filetype sample.cpcreport" \
    bash -c "[ \"\$(xdg-mime query filetype '$REPORT')\" = $MIME ]"
check "gio content type of sample.cpcreport" \
    bash -c "gio info -a standard::content-type '$REPORT' | grep -q 'content-type: $MIME\$'"
cp "$REPORT" "$WORK/renamed-report"
check "a report without its extension is still $MIME (magic)" \
    bash -c "[ \"\$(xdg-mime query filetype '$WORK/renamed-report')\" = $MIME ]"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()" \
    "$WORK/other-program.db"
check "another program's SQLite file is not $MIME" \
    bash -c "[ \"\$(xdg-mime query filetype '$WORK/other-program.db')\" != $MIME ]"
check "xdg-mime query default $MIME" \
    bash -c "[ \"\$(HOME='$WORK' XDG_CONFIG_HOME='$WORK/.config' XDG_DATA_HOME='$WORK/.local/share' \
                   xdg-mime query default $MIME)\" = $APP_ID.desktop ]"

section "Start from the desktop entry on a report (Xvfb)"
if [ $GUI -eq 1 ]; then
    check "window opens on sample.cpcreport via its MIME type" \
        bash -c "xvfb-run -a -s '-screen 0 1280x800x24' '$ROOT/packaging/test-package.sh' --inside-xvfb \
                 '$REPORT' '$OUT' >'$OUT/gui.log' 2>&1"
    sed 's/^/    /' "$OUT/gui.log"
    check "screenshot taken" test -s "$OUT/screenshot.png"
else
    echo "  SKIPPED (--no-gui): starting the window was NOT tested"
fi
rm -rf "$WORK"

section "Remove"
check "apt-get remove -y cpcreport" bash -c "$SUDO apt-get remove -y -qq cpcreport >'$OUT/remove.log' 2>&1"
check "dpkg says not installed" \
    bash -c "! dpkg-query -W -f='\${Status}' cpcreport 2>/dev/null | grep -q 'ok installed'"
check "/usr/bin/cpcreport gone" test ! -e /usr/bin/cpcreport
check "/usr/share/cpcreport gone" test ! -e /usr/share/cpcreport
leftover=$(while read -r f; do if [ -f "$f" ]; then echo "$f"; fi; done <"$OUT/files.txt")
check "no installed file left" test -z "$leftover"
if [ -n "$leftover" ]; then sed 's/^/    left: /' <<<"$leftover"; fi
check "file type gone from the MIME database" test ! -e /usr/share/mime/application/x-cpcreport.xml
check "mimeinfo.cache no longer names $APP_ID" \
    bash -c "! grep -q '$APP_ID' /usr/share/applications/mimeinfo.cache 2>/dev/null"

section "Result"
if [ $failures -eq 0 ]; then
    echo "all checks passed$([ $GUI -eq 0 ] && echo ' (window step skipped)')"
    exit 0
fi
echo "$failures check(s) failed"
exit 1
