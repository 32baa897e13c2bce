#!/usr/bin/env bash
# Full-text fetch benchmark: `sahel fetch --full-text` over the 181 real article pages of
# ../shared/bench/article-extraction/zyte (decompressed, served by nginx on 127.0.0.1), spread over HOSTS
# loopback "hosts" (one nginx port each, so the per-host limit applies as on the web), each with a feed
# linking its share of the pages and a robots.txt. Times the first fetch (every page fetched, robots.txt asked,
# extracted and stored) and the second (nothing to fetch), median of RUNS, and reports pages per second and
# how many pages were stored. Traffic never leaves loopback.
#
# usage: bench/fulltext-bench.sh [--hosts 8] [--copies 1] [--runs 3] [--port 8941]
# needs: the .NET SDK, nginx (Debian nginx-light), GNU time, gzip, and ../shared/bench/article-extraction/zyte.
set -euo pipefail

hosts=8 copies=1 runs=3 port=8941
while [ $# -gt 0 ]; do
    case "$1" in
        --hosts) hosts=$2; shift 2 ;;
        --copies) copies=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/common.sh"
corpus="$root/../shared/bench/article-extraction/zyte/html"
[ -d "$corpus" ] || { echo "no corpus at $corpus (../shared/ is not beside this clone)" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx is missing (apt-get install nginx-light)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)" >&2; exit 1; }

work="$(mktemp -d /tmp/sahel-fulltext-bench.XXXXXX)"
chmod 755 "$work" # nginx's worker runs unprivileged and must read the pages
nginx_pid=""
cleanup() { [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Pages dealt round-robin to the hosts; each host gets a feed of its pages and a robots.txt.
mkdir -p "$work/www"
listen=""
for h in $(seq 0 $((hosts - 1))); do
    mkdir -p "$work/www/$h/pages"
    printf 'User-agent: *\nDisallow: /private/\n' > "$work/www/$h/robots.txt"
    listen="$listen    server { listen 127.0.0.1:$((port + h)); root $work/www/$h; }\n"
done
n=0
for copy in $(seq 1 "$copies"); do
    for page in "$corpus"/*.html.gz; do
        h=$((n % hosts))
        gzip -dc "$page" > "$work/www/$h/pages/$copy-$(basename "$page" .gz)"
        n=$((n + 1))
    done
done
: > "$work/feeds.txt"
for h in $(seq 0 $((hosts - 1))); do
    base="http://127.0.0.1:$((port + h))"
    {
        echo '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        echo "<title>Bench host $h</title><link>$base/</link>"
        i=0
        for file in "$work/www/$h/pages"/*.html; do
            name=$(basename "$file")
            echo "<item><guid>$name</guid><title>Page $name</title><link>$base/pages/$name</link>"
            echo "<pubDate>$(date -u -R -d "2026-03-10 00:00 UTC + $i minutes")</pubDate></item>"
            i=$((i + 1))
        done
        echo '</channel></rss>'
    } > "$work/www/$h/feed.xml"
    echo "$base/feed.xml" >> "$work/feeds.txt"
done

# text/html is always compressed
start_nginx "$work" "application/rss+xml xml; text/html html; text/plain txt;" "application/rss+xml" \
    "$(printf "%b" "$listen")" "http://127.0.0.1:$port/robots.txt"

build_sahel "$root" "$work"
sahel="${sahel_native:-$sahel_dll}" # the native binary, as released; the dll where Native AOT cannot be built

first=() second=() peak=() cpu=()
for _ in $(seq "$runs"); do
    rm -f "$work"/s.db*
    /usr/bin/time -f "%e %M %U %S" -o "$work/t1" $sahel fetch --feeds "$work/feeds.txt" --full-text --db "$work/s.db" 2> "$work/first.err" || true
    /usr/bin/time -f "%e %M" -o "$work/t2" $sahel fetch --feeds "$work/feeds.txt" --full-text --db "$work/s.db" 2> "$work/second.err" || true
    read -r t1 kb user sys < <(tail -n 1 "$work/t1"); read -r t2 _ < <(tail -n 1 "$work/t2")
    first+=("$t1"); second+=("$t2"); peak+=("$kb"); cpu+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
done
f=$(printf '%s\n' "${first[@]}" | median); s=$(printf '%s\n' "${second[@]}" | median)
mb=$(printf '%s\n' "${peak[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')
c=$(printf '%s\n' "${cpu[@]}" | median)
total=$(grep -o 'sahel: [0-9]* pages: .*' "$work/first.err" | tail -n 1)
echo
echo "## Full-text fetch: $n pages over $hosts loopback hosts (nginx, gzip), median of $runs, $(nproc) cores"
echo
echo "| run | time (s) | CPU time (s) | pages/s | peak RSS (MB) |"
echo "|---|---|---|---|---|"
echo "| first: feeds, robots.txt, $n pages fetched, extracted, stored | $f | $c | $(awk -v n="$n" -v t="$f" 'BEGIN { printf "%.0f", n / t }') | $mb |"
echo "| second: feeds not modified, no page to fetch | $s | | | |"
echo
echo "first run: $total"
grep -c ' FAIL (' "$work/first.err" >/dev/null && grep ' FAIL (' "$work/first.err" | sed 's/^page [^ ]* //' | sort | uniq -c | sort -rn | head -n 5 || true
