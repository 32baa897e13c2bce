# Shared by the benchmark scripts (sourced, not run): the median of a column of numbers, and nginx on loopback.

# median: the median of the numbers on stdin, one per line.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# start_nginx WORK TYPES GZIP_TYPES SERVERS PROBE_URL: writes WORK/nginx/nginx.conf (ETag, Last-Modified, gzip,
# no access log), starts nginx in the background, sets nginx_pid, and waits until PROBE_URL answers.
# SERVERS is one or more `server { listen 127.0.0.1:PORT; root DIR; }` lines. Loopback only.
start_nginx() {
    local work=$1 types=$2 gzip_types=$3 servers=$4 probe=$5
    mkdir -p "$work/nginx/logs"
    cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    types { $types }
    default_type application/octet-stream;
    sendfile on;
    keepalive_requests 100000;
    gzip on;
    gzip_types $gzip_types;
    etag on;
$servers
}
CONF
    nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
    nginx_pid=$!
    for _ in $(seq 50); do curl -fs "$probe" >/dev/null 2>&1 && break; sleep 0.1; done
}
