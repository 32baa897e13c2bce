#!/usr/bin/env bash
# Incidents that last, at scale: a store of ~100,000 generated stories spread over 100 days, then one day's
# ~1,000 new stories. Measures what the issue bounds: the grouping time of the day's stories (the assignment at
# the end of `fetch`, from --verbose), `incidents --since 24h` (time and peak memory), and the peak memory of
# the day's fetch. Local files only: no network. Prints one Markdown table.
#
# usage: bench/incidents-bench.sh [--stories 100000] [--day 1000] [--runs 3]
set -euo pipefail
stories=100000 day=1000 runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --stories) stories=$2; shift 2 ;;
        --day) day=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/common.sh"
work="$(mktemp -d /tmp/sahel-incidents-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)" >&2; exit 1; }

# As the release ships it (Native AOT), like every speed script; the dll when AOT cannot be built here or with
# SAHEL_BENCH_NATIVE=0 (build_sahel in common.sh).
build_sahel "$root" "$work"
sahel="${sahel_native:-$sahel_dll}"
echo "measuring: $sahel" >&2

echo "generating $stories stories over 100 days, then $day on the last day..." >&2
python3 "$root/bench/gen_feeds.py" "$work/store" --feeds $(( (stories + 29) / 30 )) --items 30 --span-days 100 --base http://127.0.0.1:1
python3 "$root/bench/gen_feeds.py" "$work/day" --feeds $(( (day + 29) / 30 )) --items 30 --span-days 1 --seed 20260315 --base http://127.0.0.1:1

echo "filling the store..." >&2
/usr/bin/time -f "%e %M" -o "$work/fill" $sahel fetch --feeds "$work/store/files.txt" --db "$work/s.db" --now 2026-03-15T00:00:00Z --verbose 2> "$work/fill.err"
fill_assign=$(grep -oE 'assigned in [0-9.]+ s' "$work/fill.err" | grep -oE '[0-9.]+' || echo "?")
read -r fill_s fill_kb < "$work/fill"

# Each run adds the same day to a copy of the filled store.
assign=() fetch_kb=() read_s=() read_kb=()
for _ in $(seq "$runs"); do
    cp "$work/s.db" "$work/r.db"
    /usr/bin/time -f "%e %M" -o "$work/t" $sahel fetch --feeds "$work/day/files.txt" --db "$work/r.db" --now 2026-03-15T06:00:00Z --verbose 2> "$work/day.err"
    assign+=("$(grep -oE 'assigned in [0-9.]+ s' "$work/day.err" | grep -oE '[0-9.]+')")
    read -r _ kb < "$work/t"; fetch_kb+=("$kb")
    /usr/bin/time -f "%e %M" -o "$work/t" $sahel incidents --db "$work/r.db" --since 24h --now 2026-03-15T06:00:00Z --format json -o "$work/inc.json" --quiet
    read -r t kb < "$work/t"; read_s+=("$t"); read_kb+=("$kb")
done
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
stored=$($sahel stories --db "$work/r.db" --format ndjson | wc -l)
echo
echo "## Incidents at scale: $stored stories, median of $runs, $(nproc) cores"
echo
echo "| measure | value | bound (issue 8) |"
echo "|---|---|---|"
echo "| fill: fetch of $(( stories )) stories, first assignment included (s) | $fill_s (assignment $fill_assign) | |"
echo "| grouping the day's $day new stories (s) | $(printf '%s\n' "${assign[@]}" | median) | ≤ 1 |"
echo "| \`incidents --since 24h\` (s) | $(printf '%s\n' "${read_s[@]}" | median) | ≤ 0.3 |"
echo "| peak RSS, the day's fetch (MB) | $(mb "$(printf '%s\n' "${fetch_kb[@]}" | median)") | ≤ 300 |"
echo "| peak RSS, \`incidents --since 24h\` (MB) | $(mb "$(printf '%s\n' "${read_kb[@]}" | median)") | ≤ 300 |"
