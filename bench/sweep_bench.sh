#!/usr/bin/env bash
# Benchmark of the cover-options sweep: a 6-option `changerisk-cli sweep` against one plain
# `changerisk-cli simulate` of the same scenario and iterations (CPU seconds, user + system,
# median of N runs; the ratio is the sweep's cost in plain runs; target < 2). Run by hand:
#   bench/sweep_bench.sh [RUNS] [ITERATIONS] [SCENARIO] [POLICY]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
ITERATIONS=${2:-1000000}
SCENARIO=${3:-bench/plain-frequency-severity.json}
POLICY=${4:-policy}
CLI=${CLI:-build/app/changerisk-cli}
[ -x "$CLI" ] || { echo "build first: scripts/test.sh (or set CLI=...)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

median_of() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
measure() { # prints "wall cpu peakMB" medians of RUNS runs of the command
    local walls=() cpus=() rss=0
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f '%e %M %U %S' -o "$out/time" "$@" >/dev/null
        read -r seconds kb user system <"$out/time"
        walls+=("$seconds")
        cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN {print u + s}')")
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    echo "$(printf '%s\n' "${walls[@]}" | median_of) $(printf '%s\n' "${cpus[@]}" | median_of)" \
        "$(awk -v k="$rss" 'BEGIN {printf "%.0f", k / 1024}')"
}
read -r pw pc pm < <(measure "$CLI" simulate "$SCENARIO" --iterations "$ITERATIONS" \
    --output "$out/result.json")
read -r sw sc sm < <(measure "$CLI" sweep "$SCENARIO" --policy "$POLICY" --iterations \
    "$ITERATIONS" --limits 50000,100000,245000,500000,1000000,2000000 --output "$out/sweep.json")
printf '%-28s %10s %10s %12s\n' run "median s" "CPU s" "peak RSS MB"
printf '%-28s %10s %10s %12s\n' "plain simulate" "$pw" "$pc" "$pm"
printf '%-28s %10s %10s %12s\n' "sweep, 6 options" "$sw" "$sc" "$sm"
awk -v s="$sc" -v p="$pc" 'BEGIN {printf "CPU ratio sweep / plain: %.2f\n", (p > 0) ? s / p : 0}'
awk -v s="$sw" -v p="$pw" 'BEGIN {printf "wall ratio sweep / plain: %.2f\n", (p > 0) ? s / p : 0}'
