#!/usr/bin/env bash
# Team-mode benchmark: RUNNERS sahel runners sweeping one PostgreSQL at once, beside one runner on a SQLite file,
# over N generated feeds (../shared/bench/gen_corpus.py) served by nginx on 127.0.0.1, in the same run.
# Checks what team mode promises: exactly N x ITEMS items stored, and each feed fetched once in the round (counted
# in nginx's access log); then reports both wall times and their ratio. Traffic never leaves loopback.
#
# usage: bench/team-bench.sh [--feeds 1000] [--items 30] [--runners 4] [--port 8941]
# needs: the .NET SDK, python3, nginx (Debian nginx-light), PostgreSQL 15 (initdb/pg_ctl; see .ci/postgres.sh),
# and ../shared/bench/gen_corpus.py.
set -euo pipefail

feeds=1000 items=30 runners=4 port=8941
while [ $# -gt 0 ]; do
    case "$1" in
        --feeds) feeds=$2; shift 2 ;;
        --items) items=$2; shift 2 ;;
        --runners) runners=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
gen="$root/../shared/bench/gen_corpus.py"
[ -f "$gen" ] || { echo "team-bench: $gen is missing (the shared reference data is not beside this clone)" >&2; exit 1; }
command -v nginx >/dev/null || { echo "team-bench: nginx is missing (apt-get install nginx-light)" >&2; exit 1; }
. "$root/.ci/postgres.sh"

work="$(mktemp -d /tmp/sahel-team-bench.XXXXXX)"
chmod 755 "$work"
nginx_pid=""
cleanup() { [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; postgres_stop; rm -rf "$work"; }
trap cleanup EXIT

echo "generating $feeds feeds x $items items..." >&2
python3 "$gen" "$work/www" --feeds "$feeds" --items "$items" >/dev/null
sed "s|^|http://127.0.0.1:$port/|" "$work/www/urls.txt" > "$work/urls.txt"

# nginx with an access log: the count of requests per feed is the proof that no feed was fetched twice.
mkdir -p "$work/nginx/logs"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
$( [ "$(id -u)" = 0 ] && echo "user root root;" )
events { worker_connections 1024; }
http {
    log_format path '\$request_uri \$status';
    access_log $work/nginx/logs/access.log path;
    types { application/rss+xml xml; application/atom+xml atom; }
    default_type application/octet-stream;
    keepalive_requests 100000;
    gzip on;
    gzip_types application/rss+xml application/atom+xml;
    etag on;
    server { listen 127.0.0.1:$port; root $work/www; }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
first_feed="$(head -n 1 "$work/urls.txt")"
for _ in $(seq 50); do curl -fs "$first_feed" >/dev/null 2>&1 && break; sleep 0.1; done
: > "$work/nginx/logs/access.log"

postgres_start
conn="$SAHEL_TEST_PG"

echo "building sahel (Release, ReadyToRun)..." >&2
dotnet publish "$root/src/Sahel.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/sahel" -nologo -v quiet >/dev/null
sahel="$work/sahel/sahel"
now="2026-03-01T00:00:00Z"

# count_requests: "requests distinct_feeds max_per_feed" in the access log since it was last emptied.
count_requests() { awk '$1 ~ /^\/feeds\// { n++; seen[$1]++ } END { max = 0; for (p in seen) if (seen[p] > max) max = seen[p]; print n + 0, length(seen), max }' "$work/nginx/logs/access.log"; }

echo "one runner, SQLite file..." >&2
start=$(date +%s.%N)
"$sahel" fetch --db "$work/one.db" --feeds "$work/urls.txt" --now "$now" --quiet --runner-id solo
sqlite_seconds=$(echo "$(date +%s.%N) - $start" | bc)
read -r sqlite_requests sqlite_feeds sqlite_max <<< "$(count_requests)"
sqlite_items=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from items').fetchone()[0])" "$work/one.db")
: > "$work/nginx/logs/access.log"

echo "$runners runners, one PostgreSQL..." >&2
start=$(date +%s.%N)
pids=()
for i in $(seq "$runners"); do
    "$sahel" fetch --db "$conn" --feeds "$work/urls.txt" --now "$now" --quiet --runner-id "runner-$i" 2>"$work/runner-$i.err" &
    pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=$?; done
pg_seconds=$(echo "$(date +%s.%N) - $start" | bc)
read -r pg_requests pg_feeds pg_max <<< "$(count_requests)"
psql_run() { "${PG_AS[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U sahel -d postgres -Atc "$1"; }
pg_items=$(psql_run "select count(*) from items")
pg_unique=$(psql_run "select count(distinct (feed_id, item_key)) from items")
shares=$(psql_run "select string_agg(last_runner || ' ' || n, ', ' order by last_runner) from (select last_runner, count(*) n from feeds group by last_runner) s")

expected=$((feeds * items))
printf '\n%-28s %10s %10s %10s %12s %12s\n' "" "wall s" "requests" "feeds" "max/feed" "items"
printf '%-28s %10.2f %10s %10s %12s %12s\n' "1 runner, SQLite" "$sqlite_seconds" "$sqlite_requests" "$sqlite_feeds" "$sqlite_max" "$sqlite_items"
printf '%-28s %10.2f %10s %10s %12s %12s\n' "$runners runners, PostgreSQL" "$pg_seconds" "$pg_requests" "$pg_feeds" "$pg_max" "$pg_items"
echo "feeds per runner: $shares"
echo "PostgreSQL wall time / SQLite wall time: $(echo "scale=2; $pg_seconds / $sqlite_seconds" | bc)"
ok=1
[ "$pg_items" = "$expected" ] && [ "$pg_unique" = "$expected" ] || { echo "FAIL: $pg_items items ($pg_unique distinct) stored, expected exactly $expected" >&2; ok=0; }
[ "$pg_requests" = "$feeds" ] && [ "$pg_feeds" = "$feeds" ] && [ "$pg_max" = 1 ] || { echo "FAIL: $pg_requests requests for $pg_feeds feeds (at most $pg_max per feed); expected each of $feeds once" >&2; ok=0; }
[ "$status" = 0 ] || { echo "FAIL: a runner exited $status:" >&2; cat "$work"/runner-*.err >&2; ok=0; }
[ "$ok" = 1 ] && echo "OK: exactly $expected items, each of $feeds feeds fetched once in the round"
[ "$ok" = 1 ]
