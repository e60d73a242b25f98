#!/usr/bin/env bash
# Developer entry point: installs what is missing from Debian, builds, then starts the app or runs the tests.
#   ./dev.sh app    build and start csdash on the bundled documents
#   ./dev.sh test   build and run every test (what CI runs)
#   ./dev.sh bench  England-scale benchmarks, each figure beside its floor and budget
#   ./dev.sh sanitize   the whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${CSDASH_BUILD_DIR:-$here/build}

packages=(build-essential cmake pkgconf ccache qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libquazip1-qt6-dev libxlsxwriter-dev
          libpoppler-qt6-dev libqt6sql6-psql postgresql fonts-dejavu-core xvfb xauth poppler-utils qpdf imagemagick openssl)
fuzz_packages=(clang libclang-rt-14-dev)

install_missing() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
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
    local dir=${1:-$build}
    shift || true
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$here" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
    cmake --build "$dir" --parallel "$(nproc)"
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
    bench)
        # The test build (RelWithDebInfo: optimised, with symbols for perf and callgrind).
        install_missing
        configure_and_build
        shift
        QT_QPA_PLATFORM=offscreen "$build/bench/csdash_bench" "$@"
        ;;
    sanitize)
        install_missing
        flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
        light="-O1 -g1 -DNDEBUG"
        # -O1 and line tables only, as the sanitizers' authors advise: stack traces keep their lines,
        # and the build from scratch in CI takes half the time of -O2 -g. No benchmarks: none is tested.
        configure_and_build "$build-sanitize" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" \
            -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$light" -DCSDASH_BENCH=OFF
        cd "$build-sanitize"
        # Leak checking is off: Qt keeps caches for the life of the process that LeakSanitizer reports.
        # The kill tests (both back ends) and the PostgreSQL command-line test run the same code as
        # the store and importer tests here do, through many processes, each slow to start under
        # ASan (kill_import alone took 208 s of the 590): left to the plain test run, to keep CI
        # inside its time.
        ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1200 -j "$(nproc)" \
            -E '^(cli_postgresql|kill_import|kill_import_postgresql)$'
        ;;
    fuzz)
        # Each fuzzer (importers, database addresses, search wording) for a bounded time (seconds, default 40), seeded with the bundled documents.
        install_missing "${fuzz_packages[@]}"
        seconds=${2:-40}
        configure_and_build "$build-fuzz" -DCSDASH_FUZZ=ON -DCSDASH_WARNINGS_AS_ERRORS=OFF \
            -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG"
        seeds="$build-fuzz/seeds"
        rm -rf "$seeds"; mkdir -p "$seeds"
        cp "$here"/resources/corpus/*.txt "$here"/tests/data/variants/*.txt "$here"/tests/data/statements/tuning/*.txt "$seeds"/
        head -n 200 "$here"/../shared/data/lait-leicester-leicestershire-neighbours.csv >"$seeds/lait.csv" 2>/dev/null || true
        total=0
        cp "$here"/fuzz/seeds/* "$seeds"/
        # The targets fuzz/CMakeLists.txt builds, each in turn.
        for exe in "$build-fuzz"/fuzz/fuzz_*; do
            [ -f "$exe" ] && [ -x "$exe" ] || continue
            target=${exe##*/fuzz_}
            mkdir -p "$build-fuzz/corpus-$target"
            log="$build-fuzz/fuzz-$target.log"
            if ! ASAN_OPTIONS=detect_leaks=0 "$build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=4096 \
                -timeout=20 -max_len=200000 -print_final_stats=1 "$build-fuzz/corpus-$target" "$seeds" >"$log" 2>&1; then
                tail -n 60 "$log"
                echo "fuzz_$target: FOUND A PROBLEM (see $log)"
                exit 1
            fi
            runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
            total=$((total + runs))
            echo "fuzz_$target: ${runs} executions in ${seconds}s, no finding"
        done
        echo "fuzzing: $total executions, no finding"
        ;;
    *)
        echo "usage: $0 app|test|bench|sanitize|fuzz" >&2
        exit 2
        ;;
esac
