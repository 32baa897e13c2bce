#!/usr/bin/env bash
# Clustering benchmark: time `sahel incidents` (read, analyse, fold copies, group, render) over stores of 10k
# and 100k generated stories spread over 60 days, to check the growth is near-linear (100k must take
# ≤ 30 s on 2 cores). Stories come from local files: no network. Median of RUNS.
#
# The native binary (as released) is the first row of each size, the dll the second (SAHEL_BENCH_NATIVE=0: dll alone).
#
# usage: bench/cluster-bench.sh [--runs 3] [--sizes "10000 100000"]
set -euo pipefail
runs=3 sizes="10000 100000"
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --sizes) sizes=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/common.sh"
work="$(mktemp -d /tmp/sahel-cluster-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)" >&2; exit 1; }

build_sahel "$root" "$work"
sahel="${sahel_native:-$sahel_dll}"
builds=()
[ -n "$sahel_native" ] && builds+=("native")
builds+=("dll")

echo
echo "| stories | incidents | build | sahel incidents (s) | peak RSS (MB) | s per 1000 stories |"
echo "|---|---|---|---|---|---|"
for size in $sizes; do
    feeds=$(( (size + 29) / 30 ))
    python3 "$root/bench/gen_feeds.py" "$work/c$size" --feeds "$feeds" --items 30 --span-days 60
    $sahel fetch --feeds "$work/c$size/files.txt" --db "$work/c$size.db" --quiet --now 2026-03-15T00:00:00Z
    for build in "${builds[@]}"; do
        if [ "$build" = native ]; then run=$sahel_native; else run=$sahel_dll; fi
        times=() mems=()
        for _ in $(seq "$runs"); do
            /usr/bin/time -f "%e %M" -o "$work/t" $run incidents --db "$work/c$size.db" --format json -o "$work/inc.json" --quiet
            read -r t kb < "$work/t"; times+=("$t"); mems+=("$kb")
        done
        t=$(printf '%s\n' "${times[@]}" | median); kb=$(printf '%s\n' "${mems[@]}" | median)
        count=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['incidents']))" "$work/inc.json")
        stored=$(( feeds * 30 ))
        echo "| $stored | $count | $build | $t | $(( kb / 1024 )) | $(awk -v t="$t" -v n="$stored" 'BEGIN { printf "%.3f", t / n * 1000 }') |"
    done
done
