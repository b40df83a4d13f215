#!/usr/bin/env bash
# What a new machine does: a minimal Debian 12 (debootstrap --variant=minbase bookworm) in a chroot, a clean
# clone of this repository's committed HEAD, and the README's test command run there as root with CI=true.
# It proves that build.sh installs everything the build and the suite need, and that no test depends on
# this machine's state. Needs root, debootstrap and the Debian mirror; takes 20-40 minutes on 2 cores.
#
#   tests/scripts/fresh-debian.sh [--keep]
#
# Environment: FRESH_DIR (where the chroot goes, default /var/tmp/cpc-fresh-debian), MIRROR (the mirror
# debootstrap uses, default the one apt uses here or deb.debian.org), COMMAND (default "test"),
# FRESH_CCACHE (a compiler cache folder of this machine to lend the chroot, e.g. /root/.cache/ccache: it only
# saves compile time — a missing package or header still fails, as ccache checks every header it used).
# --keep leaves the chroot in place afterwards, for a look inside.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FRESH_DIR="${FRESH_DIR:-/var/tmp/cpc-fresh-debian}"
COMMAND="${COMMAND:-test}"
KEEP=0
[ "${1:-}" = "--keep" ] && KEEP=1

if [ "$(id -u)" -ne 0 ]; then
    echo "fresh-debian.sh: run it as root (debootstrap and chroot need it)" >&2
    exit 2
fi
if [ -z "${MIRROR:-}" ]; then
    MIRROR=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
             2>/dev/null | grep -E '^(deb |URIs:)' | grep -oE 'https?://[^ ]+/debian/?( |$)' | head -n1 || true)
    MIRROR=${MIRROR% }
    MIRROR=${MIRROR:-http://deb.debian.org/debian}
fi
command -v debootstrap >/dev/null || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
}

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
    if [ "$KEEP" -eq 0 ]; then rm -rf --one-file-system "$FRESH_DIR"; fi
}
trap cleanup EXIT

rm -rf --one-file-system "$FRESH_DIR"
mkdir -p "$FRESH_DIR"
echo "== debootstrap --variant=minbase bookworm $FRESH_DIR $MIRROR"
debootstrap --variant=minbase bookworm "$FRESH_DIR" "$MIRROR" >"$FRESH_DIR.debootstrap.log" 2>&1 || {
    tail -n 30 "$FRESH_DIR.debootstrap.log" >&2
    exit 1
}

echo "== a clean clone of $(git -C "$ROOT" rev-parse --short HEAD) in /root/cpcreport"
git clone -q --no-hardlinks "$ROOT" "$FRESH_DIR/root/cpcreport"

for fs in proc sys dev dev/pts; do
    mkdir -p "$FRESH_DIR/$fs"
    case $fs in
        proc) mount -t proc proc "$FRESH_DIR/proc" ;;
        sys) mount -t sysfs sys "$FRESH_DIR/sys" ;;
        dev) mount --bind /dev "$FRESH_DIR/dev" ;;
        dev/pts) mount -t devpts devpts "$FRESH_DIR/dev/pts" ;;
    esac
    mounted+=("$FRESH_DIR/$fs")
done
cp /etc/resolv.conf "$FRESH_DIR/etc/resolv.conf" 2>/dev/null || true
if [ -n "${FRESH_CCACHE:-}" ]; then
    mkdir -p "$FRESH_DIR/root/.cache/ccache"
    mount --bind "$FRESH_CCACHE" "$FRESH_DIR/root/.cache/ccache"
    mounted+=("$FRESH_DIR/root/.cache/ccache")
fi

echo "== CI=true ./build.sh $COMMAND (inside the chroot)"
start=$(date +%s)
status=0
chroot "$FRESH_DIR" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 CI=true TERM=dumb /bin/bash -c "cd /root/cpcreport && ./build.sh $COMMAND" || status=$?
echo "== finished with exit code $status after $(($(date +%s) - start)) s"
exit "$status"
