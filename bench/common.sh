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

# build_sahel ROOT WORK: publishes sahel twice, as the release ships it (Native AOT, WORK/native/sahel) and
# as `dotnet tool install` runs it (the portable dll, WORK/dll/sahel.dll). Sets `sahel_native` (empty when
# Native AOT cannot be built here, or with SAHEL_BENCH_NATIVE=0) and `sahel_dll` ("dotnet …/sahel.dll").
# The native binary is the default row of every speed table; the dll is the second row.
# SAHEL_BENCH_NATIVE_BIN and SAHEL_BENCH_DLL name prebuilt ones instead (e.g. scripts/publish.sh's output).
build_sahel() {
    local root=$1 work=$2 arch
    if [ -n "${SAHEL_BENCH_DLL:-}" ]; then
        sahel_dll="dotnet $SAHEL_BENCH_DLL"
        sahel_native="${SAHEL_BENCH_NATIVE_BIN:-}"
        echo "prebuilt: ${sahel_native:-no native binary}, $SAHEL_BENCH_DLL" >&2
        return
    fi
    case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
    echo "building sahel: the portable dll, then Native AOT (linux-$arch)..." >&2
    dotnet publish "$root/src/Sahel.Cli" -c Release -o "$work/dll" -nologo -v quiet >/dev/null
    sahel_dll="dotnet $work/dll/sahel.dll"
    sahel_native=""
    if [ "${SAHEL_BENCH_NATIVE:-1}" != 1 ]; then
        echo "SAHEL_BENCH_NATIVE=0: the dll is measured alone" >&2
    elif dotnet publish "$root/src/Sahel.Cli" -c Release -r "linux-$arch" -p:PublishAot=true -o "$work/native" -nologo -v quiet >/dev/null; then
        sahel_native="$work/native/sahel"
    else
        echo "Native AOT could not be built here: the dll is measured alone" >&2
    fi
}
