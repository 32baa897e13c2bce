#!/usr/bin/env bash
# Reconcile benchmark: time `sahel reconcile` (read an ACLED-format export, match it against the samples' incidents,
# render JSON) on generated exports, against Python's csv module merely reading the same file (the peer: what any
# script that reconciles by hand must at least do). Median of RUNS; the ratio is sahel / python in the same run.
#
# usage: bench/reconcile-bench.sh [--runs 3] [--rows "10000 100000"]
set -euo pipefail
runs=3 rows="10000 100000"
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --rows) rows=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/common.sh"
work="$(mktemp -d /tmp/sahel-reconcile-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)" >&2; exit 1; }

echo "building sahel (Release, ReadyToRun for linux-x64)..." >&2
dotnet publish "$root/src/Sahel.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/sahel" -nologo -v quiet >/dev/null
sahel="$work/sahel/sahel"
"$sahel" sweep --feeds "$root/samples/feeds.opml" --db "$work/s.db" --quiet --now 2026-03-15T06:00:00Z -o "$work/t.md"

echo
echo "| export rows | MB | sahel reconcile (s) | peak RSS (MB) | python csv read (s) | sahel / python |"
echo "|---|---|---|---|---|---|"
for n in $rows; do
    python3 "$root/bench/gen_acled.py" "$work/e$n.csv" --rows "$n"
    st=() sm=() pt=()
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/t" "$sahel" reconcile --acled "$work/e$n.csv" --db "$work/s.db" --format json -o "$work/r.json" --quiet --now 2026-03-15T06:00:00Z
        read -r t kb < "$work/t"; st+=("$t"); sm+=("$kb")
        /usr/bin/time -f "%e" -o "$work/t" python3 -c "import csv,sys; print(sum(int(r['fatalities']) for r in csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline=''))))" "$work/e$n.csv" >/dev/null
        pt+=("$(cat "$work/t")")
    done
    s=$(printf '%s\n' "${st[@]}" | median); kb=$(printf '%s\n' "${sm[@]}" | median); p=$(printf '%s\n' "${pt[@]}" | median)
    mb=$(awk -v b="$(stat -c %s "$work/e$n.csv")" 'BEGIN { printf "%.1f", b / 1048576 }')
    echo "| $n | $mb | $s | $(( kb / 1024 )) | $p | $(awk -v s="$s" -v p="$p" 'BEGIN { printf "%.2f", s / p }') |"
done
