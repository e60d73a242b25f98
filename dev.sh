#!/usr/bin/env bash
# Developer entry point: installs what is missing from Debian, builds, then starts the app or runs the tests.
#   ./dev.sh app    build and start csdash on the bundled documents
#   ./dev.sh test   build and run every test (what CI runs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${CSDASH_BUILD_DIR:-$here/build}

packages=(build-essential cmake pkgconf ccache qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite xvfb xauth poppler-utils)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
    cmake --build "$build" --parallel "$(nproc)"
}

case "${1:-}" in
    app)
        install_missing
        configure_and_build
        shift
        exec "$build/app/csdash" "$@"
        ;;
    test)
        install_missing
        configure_and_build
        cd "$build"
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)"
        ;;
    *)
        echo "usage: $0 app|test" >&2
        exit 2
        ;;
esac
