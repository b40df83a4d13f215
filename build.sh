#!/usr/bin/env bash
# Set-up and everyday commands for CPC Report Studio on Debian 12.
#   ./build.sh run    install what is missing, build, and open the sample report
#   ./build.sh test   install what is missing, build, and run the whole suite
#   ./build.sh build  install what is missing and build only
#   ./build.sh bench  build and run the benchmarks
# CPC_BUILD_DIR chooses the build folder (default: build).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
BUILD=${CPC_BUILD_DIR:-build}
CMD=${1:-run}
# Lets builds in different folders share compiled objects.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
# ...also across checkouts in different folders (the debug information's folder is then relative).
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}

# Debian 12 packages the build, the tests and the app need. --no-install-recommends leaves out make and
# xauth, so they are named here.
PACKAGES=(
  build-essential cmake ninja-build make pkgconf ccache
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-pdf-dev qt6-charts-dev
  qt6-translations-l10n qt6-svg-dev libqt6svg6 qt6-qpa-plugins
  libhpdf-dev zlib1g-dev catch2 libsqlite3-dev sqlite3 libmd4c-dev libmd4c-html0
  libhunspell-dev hunspell-es hunspell-en-us libxlsxwriter-dev libzip-dev libhyphen-dev hyphen-es hyphen-en-us
  fonts-dejavu-core fonts-droid-fallback fonts-nanum
  poppler-utils qpdf xvfb xauth xdotool imagemagick python3 python3-openpyxl python3-pikepdf mupdf-tools
  python3-docx libreoffice-writer-nogui clang-format
)

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # The tests need LibreOffice only to convert documents: a full LibreOffice Writer does that as well.
  if command -v soffice >/dev/null; then
    local kept=()
    for p in "${missing[@]}"; do [ "$p" = libreoffice-writer-nogui ] || kept+=("$p"); done
    missing=("${kept[@]}")
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${CPC_BUILD_TYPE:-RelWithDebInfo}" \
        -DCPC_WERROR="${CPC_WERROR:-ON}" "${launcher[@]}" ${CPC_CMAKE_ARGS:-}
  cmake --build "$BUILD" -j"$(nproc)"
}

run_sample() {
  local app="$BUILD/app/cpcreport" out="$ROOT/out"
  mkdir -p "$out"
  rm -f "$out/sample.cpcreport"
  "$app" new "$out/sample.cpcreport" --from-json "$ROOT/resources/samples/sample-report.json"
  echo "== The sample report, $out/sample.cpcreport"
  "$app" summary "$out/sample.cpcreport" || true
  if "$app" --help | grep -q export-pdf; then
    "$app" export-pdf "$out/sample.cpcreport" -o "$out/sample.pdf" && echo "== PDF: $out/sample.pdf"
  fi
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" "$out/sample.cpcreport"
  else
    echo "No display: the authoring window needs one (DISPLAY or WAYLAND_DISPLAY). Done the headless part."
  fi
}

case "$CMD" in
  build) install_packages; configure_and_build ;;
  run) install_packages; configure_and_build; run_sample ;;
  test)
    install_packages; configure_and_build
    ctest --test-dir "$BUILD" --output-on-failure --no-tests=error -j"$(nproc)" --timeout 300 ;;
  bench) install_packages; configure_and_build; cmake --build "$BUILD" --target bench ;;
  *) echo "usage: $0 run|test|build|bench" >&2; exit 2 ;;
esac
