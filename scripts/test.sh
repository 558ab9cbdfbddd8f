#!/usr/bin/env bash
# Builds everything and runs the whole test suite (ctest). Extra arguments go to cmake, e.g.
#   scripts/test.sh -DCHANGERISK_GUI=OFF      BUILD_DIR=build-nogui scripts/test.sh ...
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# Precompiled headers are only cached with this sloppiness (gcc PCH).
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build "$BUILD_DIR" -j "$(nproc)"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 600
