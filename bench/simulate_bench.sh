#!/usr/bin/env bash
# Benchmark of the whole `changerisk-cli simulate` process: wall time (median of N runs) and
# peak RSS, for the plain frequency-severity scenario and each template. Run by hand, not in CI:
#   bench/simulate_bench.sh [RUNS] [ITERATIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
ITERATIONS=${2:-10000000}
CLI=${CLI:-build/app/changerisk-cli}
[ -x "$CLI" ] || { echo "build first: scripts/test.sh (or set CLI=...)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

printf '%-32s %11s %10s %10s %14s %12s\n' scenario iterations "median s" "CPU s" "iterations/s" "peak RSS MB"
for scenario in bench/plain-frequency-severity.json resources/templates/*.json; do
    times=()
    cpus=()
    rss=0
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f '%e %M %U %S' -o "$out/time" "$CLI" simulate "$scenario" \
            --iterations "$ITERATIONS" --output "$out/result.json" >/dev/null
        read -r seconds kb user system <"$out/time"
        times+=("$seconds")
        cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN {print u + s}')")
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    median_of() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
    median=$(printf '%s\n' "${times[@]}" | median_of)
    cpu=$(printf '%s\n' "${cpus[@]}" | median_of)
    rate=$(awk -v n="$ITERATIONS" -v s="$median" 'BEGIN {printf "%.0f", (s > 0) ? n / s : 0}')
    printf '%-32s %11s %10s %10s %14s %12.0f\n' "$(basename "$scenario" .json)" "$ITERATIONS" \
        "$median" "$cpu" "$rate" "$(awk -v k="$rss" 'BEGIN {print k / 1024}')"
done
