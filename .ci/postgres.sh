# PostgreSQL for the team-mode tests: a scratch server of its own, started and stopped by
# .ci/run (sourced from it). Debian's "postgresql" package provides the binaries; the cluster
# lives in a temporary folder, listens on 127.0.0.1 on a free port, trusts local connections
# and is removed when the run ends. PostgreSQL refuses to run as root, so as root the server
# runs as the "postgres" user the package creates.

pg_bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_free_port() {
    python3 - <<'PY'
import socket
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
PY
}

pg_start() {
    local bin
    bin=$(pg_bin_dir) || { echo "ci: PostgreSQL binaries not found" >&2; return 1; }
    PG_DIR=$(mktemp -d /tmp/roundtable-ci-pg.XXXXXX)
    chmod 755 "$PG_DIR"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$PG_DIR"
    fi
    PG_PORT=$(pg_free_port)
    pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 >/dev/null
    pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    PG_BIN="$bin"
    export ROUNDTABLE_TEST_POSTGRES="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/postgres"
    echo "ci: PostgreSQL started on port $PG_PORT"
}

pg_stop() {
    if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
        pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
        echo "ci: PostgreSQL stopped"
    fi
}
