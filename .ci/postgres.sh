# Sourced by .ci/run: a throwaway PostgreSQL for the store tests on PostgreSQL (docs/team.md).
#   postgres_start  initdb into a temporary directory, start the server on a free loopback port, export
#                   SAHEL_TEST_PG (an Npgsql connection string; tests create and drop their own databases), and stop
#                   the server and remove the directory at exit. Runs the server as `postgres` when CI runs as root
#                   (PostgreSQL refuses to run as root). Returns 1, leaving SAHEL_TEST_PG unset, when PostgreSQL is
#                   not installed: those tests then skip and say why.
#   postgres_stop   the same cleanup, for a caller that wants it earlier.

postgres_start() {
    local dir
    PG_BIN=""
    for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then PG_BIN="$dir"; break; fi
    done
    if [ -z "$PG_BIN" ]; then
        echo "postgres.sh: initdb/pg_ctl not found; the PostgreSQL store tests will be skipped" >&2
        return 1
    fi
    PG_DIR="$(mktemp -d /tmp/sahel-pg.XXXXXX)"
    PG_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$PG_DIR"
        PG_AS=(runuser -u postgres --)
    else
        PG_AS=()
    fi
    # Trust on loopback only, no fsync: a server that lives for one CI run and holds nothing of value.
    if ! "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U sahel -A trust -E UTF8 --locale=C --no-sync >"$PG_DIR/initdb.log" 2>&1; then
        echo "postgres.sh: initdb failed:" >&2; cat "$PG_DIR/initdb.log" >&2
        rm -rf "$PG_DIR"; return 1
    fi
    if ! "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
        echo "postgres.sh: the server did not start:" >&2; cat "$PG_DIR/server.log" >&2
        rm -rf "$PG_DIR"; return 1
    fi
    export SAHEL_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=sahel;Database=postgres"
    # Keep whatever the caller already does at exit (.ci/run removes its results directory).
    local previous
    previous="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
    trap "postgres_stop; $previous" EXIT
    echo "postgres.sh: PostgreSQL on 127.0.0.1:$PG_PORT ($PG_BIN)" >&2
}

postgres_stop() {
    [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ] || return 0
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
}
