#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands.
#   bash packaging/quickstart.sh run    install what is missing, build, open the demo
#   bash packaging/quickstart.sh test   install what is missing, build, run every test
# Debian 12 / Ubuntu 22.04+; runs apt through sudo when not root.
set -euo pipefail

mode=${1:-run}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SEGMENTA_BUILD_DIR:-$root/build}
jobs=$(nproc 2>/dev/null || echo 2)

packages=(build-essential cmake ninja-build ccache pkg-config git
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
          libsqlite3-dev libeigen3-dev libxlsxwriter-dev libminizip-dev zlib1g-dev
          fonts-noto-cjk xvfb xauth
          qtkeychain-qt6-dev)  # optional: the warehouse password in the system keychain
if [ "$mode" = test ]; then
    # clang for the sanitizer and libFuzzer build; the validators of the .deb's desktop files
    # (tests/packaging/deb_smoke.sh)
    packages+=(clang libclang-rt-14-dev desktop-file-utils appstream shared-mime-info)
    # a private server for the warehouse tests (initdb and pg_ctl, started by the tests)
    packages+=(postgresql)
    # the include check over core/'s area graph (.ci/check-includes.py)
    packages+=(python3)
    # tst_workshopreport reads the report's figures back out of the PDF (pdfimages)
    packages+=(poppler-utils)
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -q
    # Only names this release knows: Ubuntu packages the clang runtime differently.
    installable=()
    for p in "${missing[@]}"; do
        if apt-cache show "$p" >/dev/null 2>&1; then installable+=("$p"); else echo "== skipping $p (not in this release)"; fi
    done
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${installable[@]}"
fi

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}

if [ "$mode" = test ]; then
    # Fail fast, before the long build: an #include against core's declared area graph
    # (core/CMakeLists.txt; docs/architecture.md, "The include check").
    echo "== checking includes against the area graph"
    python3 "$root/.ci/check-includes.py" "$root"
fi

echo "== building in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "$jobs"

case "$mode" in
run)
    demo=${SEGMENTA_DEMO_DIR:-$HOME/segmenta-demo}
    echo "== building the demo project in $demo"
    # Everything the run writes goes inside the demo folder (its parents created as needed),
    # nothing beside it.
    mkdir -p "$demo"
    "$build/app/segmenta-cli" demo -o "$demo" > "$demo/demo.json" 2>/dev/null || "$build/app/segmenta-cli" demo -o "$demo"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "== opening Segmenta on $demo/demo.segmenta"
        exec "$build/app/segmenta" "$demo/demo.segmenta"
    fi
    echo "== no display: the demo analysis runs through the command line"
    "$build/app/segmenta-cli" analyze "$demo/demo.segmenta" --clusters --json > "$demo/analysis.json"
    "$build/app/segmenta-cli" scores "$demo/demo.segmenta" -o "$demo/scores.csv" > /dev/null
    "$build/app/segmenta-cli" drivers "$demo/demo.segmenta" --target high_value --json > "$demo/drivers.json"
    cat "$demo/demo.json"
    echo "== results are in $demo: demo.segmenta (the project), demo.json (what was generated),"
    echo "   analysis.json (80/20, pyramid, RFM, lifetime value, value groups, lifecycle,"
    echo "   clusters), scores.csv (one row per customer), drivers.json (what sets high-value"
    echo "   customers apart)"
    ;;
test)
    echo "== running the test suite"
    (cd "$build" && ctest --output-on-failure -j "$jobs" --timeout 900)

    echo "== the core test suite again under AddressSanitizer and UndefinedBehaviorSanitizer (clang), with the fuzzer"
    asan=${build}-asan
    CC=clang CXX=clang++ cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DSEGMENTA_SANITIZE=ON -DSEGMENTA_FUZZ=ON -DSEGMENTA_BUILD_GUI=OFF \
        -DSEGMENTA_BUILD_BENCHMARKS=OFF
    cmake --build "$asan" -j "$jobs"
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    echo "== fuzzing the delimited reader for 60 s"
    corpus=$(mktemp -d)
    cp "$root"/tests/fuzz/corpus/* "$corpus"/
    "$asan/tests/fuzz/fuzz_delimited" "$corpus" -max_total_time=60 -rss_limit_mb=4096 \
        -print_final_stats=1 2>&1 | tail -n 12
    rm -rf "$corpus"
    for target in rules projectfile xlsx sheetscanner fields; do
        echo "== fuzzing the ${target} reader for 20 s"
        corpus=$(mktemp -d)
        seeds=$target
        [ "$target" = projectfile ] && seeds=project
        cp "$root"/tests/fuzz/corpus_"$seeds"/* "$corpus"/
        "$asan/tests/fuzz/fuzz_$target" "$corpus" -max_total_time=20 -rss_limit_mb=4096 \
            -print_final_stats=1 2>&1 | tail -n 12
        rm -rf "$corpus"
    done
    # Last, so that the run closes on ctest's summary line.
    (cd "$asan" && ctest --output-on-failure -j "$jobs" --timeout 1800)
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
