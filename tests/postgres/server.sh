#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: `server.sh start DIR` makes a cluster in DIR (initdb),
# starts it on loopback on a free port with its Unix socket in DIR, creates the database csdash_test
# and writes the connection in DIR/url; `server.sh stop DIR` stops it and removes DIR.
# Run as root (CI), the server runs as an unprivileged user: PostgreSQL refuses to run as root.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a folder for the cluster}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    echo "server.sh: PostgreSQL's server is not installed (Debian package postgresql)" >&2
    exit 1
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$owner" -- "$@"
    else
        "$@"
    fi
}

owner=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
    owner=${CSDASH_TEST_PG_USER:-postgres}
    id "$owner" >/dev/null 2>&1 || owner=nobody
fi

case "$action" in
start)
    mkdir -p "$dir"
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        "$0" stop "$dir" || true
        mkdir -p "$dir"
    fi
    [[ $(id -u) -eq 0 ]] && chown "$owner" "$dir"
    # A free port: ask the kernel for one, then give it to the server.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bindir/initdb" -D "$dir/data" -U csdash --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=40" \
        start >/dev/null
    # The tests' own role connects without a password; "officer" must give one (the password
    # tests), and "reader" may only read (the read-only tests).
    cat >"$dir/data/pg_hba.conf" <<HBA
local all all trust
host all officer 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
    as_owner "$bindir/pg_ctl" -D "$dir/data" reload >/dev/null
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U csdash -d postgres <<SQL
CREATE DATABASE csdash_test;
CREATE ROLE officer LOGIN PASSWORD 'officer-secret';
CREATE ROLE reader LOGIN;
SQL
    echo "postgresql://csdash@127.0.0.1:$port/csdash_test" >"$dir/url"
    echo "$port" >"$dir/port"
    ;;
stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "server.sh: start or stop" >&2
    exit 2
    ;;
esac
