#!/usr/bin/env bash
# Builds ChangeRisk and runs it on the bundled router-reset example.
# (Until the desktop program lands this runs `changerisk-cli simulate` and prints the summary.)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# Precompiled headers are only cached with this sloppiness (gcc PCH).
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)" --target changerisk-cli
"$BUILD_DIR/app/changerisk-cli" simulate resources/templates/isp-router-reset.json \
    --output "$BUILD_DIR/isp-router-reset.result.json" "$@"
echo "Result document: $BUILD_DIR/isp-router-reset.result.json"
