#!/usr/bin/env bash
# Builds the scenario reader's libFuzzer target with clang and runs it.
#   scripts/fuzz.sh [SECONDS]   (default 600)
# Seeds: the shipped templates and tests/data (FORMAT.md example, tests/data/bad/*). New
# corpus entries go to $BUILD/fuzz-corpus, crashing inputs to $BUILD/fuzz-findings/.
# Exit status: 0 without findings, 1 with.
set -euo pipefail

seconds="${1:-600}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
corpus="$build/fuzz-corpus"
findings="$build/fuzz-findings"
log="$build/fuzz.log"

export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR=1
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCHANGERISK_FUZZ=ON -DCHANGERISK_GUI=OFF -DCHANGERISK_TESTS=OFF >/dev/null
ninja -C "$build" -j2 scenario_fuzzer

mkdir -p "$corpus" "$findings"
seeds=("$root/tests/data")
[ -d "$root/resources/templates" ] && seeds+=("$root/resources/templates")

echo "fuzz: running scenario_fuzzer for ${seconds}s (log: $log)"
set +e
"$build/fuzz/scenario_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -dict="$root/fuzz/scenario.dict" -artifact_prefix="$findings/" -print_final_stats=1 \
    "$corpus" "${seeds[@]}" >"$log" 2>&1
status=$?
set -e

executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
found="$(find "$findings" -type f | wc -l)"
echo "fuzz: executions: ${executions:-unknown}"
echo "fuzz: corpus size: $(find "$corpus" -type f | wc -l) files"
echo "fuzz: findings: $found (in $findings)"
if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    grep -E "FINDING|ERROR|SUMMARY|runtime error" "$log" | head -20 || true
    exit 1
fi
