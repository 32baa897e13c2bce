#!/usr/bin/env bash
# Sweep benchmark: sahel beside sfeed and newsboat, over N generated feeds served by nginx on 127.0.0.1.
# Measures a first sweep (empty state) and a second sweep (nothing changed), each RUNS times (median), and the
# peak memory of sahel's first sweep. Figures are reported as ratios against sfeed measured in the same run,
# because these machines are noisy. Traffic never leaves loopback.
#
# sahel is measured as the release ships it (Native AOT) and, second row, as the dll `dotnet tool install` runs;
# SAHEL_BENCH_NATIVE=0 measures the dll alone.
#
# usage: bench/sweep-bench.sh [--feeds 1000] [--items 30] [--runs 3] [--port 8931] [--no-peers]
# needs: the .NET SDK, python3, nginx (Debian nginx-light), GNU time; sfeed and newsboat for the peer columns.
# On Debian: apt-get install nginx-light sfeed newsboat time  (the script offers to when run as root with --install).
set -euo pipefail

feeds=1000 items=30 runs=3 port=8931 peers=1 install=0
while [ $# -gt 0 ]; do
    case "$1" in
        --feeds) feeds=$2; shift 2 ;;
        --items) items=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        --no-peers) peers=0; shift ;;
        --install) install=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/common.sh"
work="$(mktemp -d /tmp/sahel-bench.XXXXXX)"
chmod 755 "$work" # nginx's worker runs unprivileged and must read the corpus
nginx_pid=""
cleanup() { [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ "$install" = 1 ] && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light sfeed newsboat time >/dev/null
fi
command -v nginx >/dev/null || { echo "nginx is missing (apt-get install nginx-light, or run with --install as root)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)" >&2; exit 1; }
if [ "$peers" = 1 ] && ! command -v sfeed_update >/dev/null; then
    echo "sfeed is missing: peers skipped (apt-get install sfeed newsboat)" >&2; peers=0
fi

echo "generating $feeds feeds x $items items..." >&2
python3 "$root/bench/gen_feeds.py" "$work/www" --feeds "$feeds" --items "$items" --base "http://127.0.0.1:$port"
corpus_size=$(du -sh "$work/www/feeds" | cut -f1)

start_nginx "$work" "application/rss+xml xml; text/xml opml; text/plain txt;" "application/rss+xml text/xml" \
    "    server { listen 127.0.0.1:$port; root $work/www; }" "http://127.0.0.1:$port/urls.txt"

build_sahel "$root" "$work"
sahel="${sahel_native:-$sahel_dll}"

# run_timed LABEL CMD...: prints "seconds peak_kb"
run_timed() { /usr/bin/time -f "%e %M" -o "$work/time.out" "$@" >/dev/null 2>"$work/last.err" || true; cat "$work/time.out" | tail -n 1; }

declare -A first second peak
measure() {
    local name=$1 reset=$2 sweep=$3
    local f=() s=() m=()
    for _ in $(seq "$runs"); do
        eval "$reset"
        read -r t1 kb1 < <(run_timed bash -c "$sweep")
        read -r t2 _ < <(run_timed bash -c "$sweep")
        f+=("$t1"); s+=("$t2"); m+=("$kb1")
    done
    first[$name]=$(printf '%s\n' "${f[@]}" | median)
    second[$name]=$(printf '%s\n' "${s[@]}" | median)
    peak[$name]=$(printf '%s\n' "${m[@]}" | median)
}

# The nightly job as issue 8 measures it: every stored story, as JSON, to a file. The native binary is the first
# row, the dll (as `dotnet tool install` runs it) the second.
[ -n "$sahel_native" ] && measure "sahel (native)" "rm -f $work/s.db*" "$sahel_native sweep --feeds $work/www/feeds.opml --db $work/s.db --since 2000-01-01 --format json -o $work/timeline.json --quiet"
measure "sahel (dll)" "rm -f $work/p.db*" "$sahel_dll sweep --feeds $work/www/feeds.opml --db $work/p.db --since 2000-01-01 --format json -o $work/timeline-p.json --quiet"
[ -n "$sahel_native" ] || { rm -f "$work"/s.db*; cp "$work/p.db" "$work/s.db"; cp "$work/timeline-p.json" "$work/timeline.json"; }
stories=$($sahel stories --db "$work/s.db" --format ndjson | wc -l)
expected=$((feeds * items))
if [ "$stories" -ne "$expected" ]; then
    echo "sahel stored $stories stories, expected $expected: the figures would be meaningless" >&2
    tail -n 5 "$work/last.err" >&2
    exit 1
fi

if [ "$peers" = 1 ]; then
    { echo "sfeedpath=\"$work/sfeed\""; echo "maxjobs=8"; echo "feeds() {"
      awk '{ printf "  feed \"f%04d\" \"%s\"\n", NR, $0 }' "$work/www/urls.txt"; echo "}"; } > "$work/sfeedrc"
    measure sfeed "rm -rf $work/sfeed" "sfeed_update $work/sfeedrc"
    if command -v newsboat >/dev/null; then
        printf 'reload-threads 16\n' > "$work/newsboat.conf"
        measure newsboat "rm -f $work/newsboat.db" "newsboat -C $work/newsboat.conf -u $work/www/urls.txt -c $work/newsboat.db -x reload"
    fi
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo
echo "## Sweep benchmark: $feeds feeds x $items items ($corpus_size), nginx on loopback, median of $runs, $(nproc) cores"
echo
echo "| tool | first sweep (s) | second sweep (s) | peak RSS first (MB) | first vs sfeed | second vs sfeed |"
echo "|---|---|---|---|---|---|"
for tool in "sahel (native)" "sahel (dll)" sfeed newsboat; do
    [ -n "${first[$tool]:-}" ] || continue
    mb=$(awk -v k="${peak[$tool]}" 'BEGIN { printf "%.0f", k / 1024 }')
    if [ -n "${first[sfeed]:-}" ]; then
        echo "| $tool | ${first[$tool]} | ${second[$tool]} | $mb | $(ratio "${first[$tool]}" "${first[sfeed]}") | $(ratio "${second[$tool]}" "${second[sfeed]}") |"
    else
        echo "| $tool | ${first[$tool]} | ${second[$tool]} | $mb | | |"
    fi
done
echo
echo "sahel stored $stories stories; timeline $(wc -c < "$work/timeline.json") bytes of JSON."
# Where a first sweep's time goes: the stages' own timings (--verbose) on a fresh store, then a second sweep.
rm -f "$work/v.db"*
echo
echo "first sweep, by stage (--verbose):"
$sahel sweep --feeds "$work/www/feeds.opml" --db "$work/v.db" --since 2000-01-01 --format json -o "$work/v.json" --verbose 2>&1 | grep -E '^sahel: (incidents|claims|timeline|[0-9]+ feeds)' | sed 's/^/  /'
/usr/bin/time -f "  fetch alone on a fresh store (assignment included): %e s" $sahel fetch --feeds "$work/www/feeds.opml" --db "$work/f.db" --quiet
echo "second sweep, by stage:"
$sahel sweep --feeds "$work/www/feeds.opml" --db "$work/v.db" --since 2000-01-01 --format json -o "$work/v.json" --verbose 2>&1 | grep -E '^sahel: (incidents|timeline)' | sed 's/^/  /'
