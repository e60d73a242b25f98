#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: `server.sh start DIR` makes a cluster in a new
# temporary folder (initdb), starts it on loopback on a free port with its Unix socket in that
# folder, creates the database csdash_test and writes the address in DIR/url; `server.sh stop DIR`
# stops it and removes both folders; `halt DIR` stops it at once as a crash would, and `resume DIR`
# starts it again on its port. Run as root (CI), the server runs as an unprivileged user
# (PostgreSQL refuses to run as root), in /tmp, which that user can reach wherever DIR is.
set -euo pipefail
action=${1:?start, halt, resume or stop}
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
    if [[ -f "$dir/cluster" ]]; then
        "$0" stop "$dir" || true
    fi
    mkdir -p "$dir"
    cluster=$(mktemp -d "${TMPDIR:-/tmp}/csdash-pg.XXXXXX")
    echo "$cluster" >"$dir/cluster"
    if [[ $(id -u) -eq 0 ]]; then chown "$owner" "$cluster"; fi
    as_owner "$bindir/initdb" -D "$cluster/data" -U csdash --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # TLS as a team's server has it: a certificate of its own, made here (openssl), for the
    # sslmode tests; clients that do not ask for it still connect without it.
    options="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$cluster -c fsync=off -c max_connections=40"
    if command -v openssl >/dev/null; then
        openssl req -new -x509 -days 2 -nodes -subj /CN=127.0.0.1 -keyout "$cluster/data/server.key" \
            -out "$cluster/data/server.crt" >/dev/null 2>&1
        chmod 600 "$cluster/data/server.key"
        if [[ $(id -u) -eq 0 ]]; then chown "$owner" "$cluster/data/server.key" "$cluster/data/server.crt"; fi
        options="$options -c ssl=on"
    fi
    echo "$options" >"$cluster/options"
    # A free port: one nothing answers on; should another program take it first, the next one.
    started=
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        if as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
            -o "$options -c port=$port" start >/dev/null; then
            started=1
            break
        fi
    done
    if [[ -z "$started" ]]; then
        echo "server.sh: the test server did not start; its log:" >&2
        cat "$cluster/server.log" >&2
        exit 1
    fi
    # The tests' own role connects without a password; "officer" must give one (the password
    # tests), "reader" may only read (the read-only tests), and "secure" is let in only over
    # TLS (the sslmode tests; a superuser, to read what the tests' own role made).
    cat >"$cluster/data/pg_hba.conf" <<HBA
local all all trust
host all officer 127.0.0.1/32 scram-sha-256
hostssl all secure 127.0.0.1/32 trust
hostnossl all secure 127.0.0.1/32 reject
host all all 127.0.0.1/32 trust
HBA
    as_owner "$bindir/pg_ctl" -D "$cluster/data" reload >/dev/null
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U csdash -d postgres <<SQL
CREATE DATABASE csdash_test;
CREATE ROLE officer LOGIN PASSWORD 'officer-secret';
CREATE ROLE reader LOGIN;
CREATE ROLE secure LOGIN SUPERUSER;
SQL
    echo "postgresql://csdash@127.0.0.1:$port/csdash_test" >"$dir/url"
    echo "$port" >"$dir/port"
    ;;
halt)
    # As a power cut or a crash would: the server gone at once, its files kept for resume.
    cluster=$(cat "$dir/cluster")
    as_owner "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null
    ;;
resume)
    cluster=$(cat "$dir/cluster")
    port=$(cat "$dir/port")
    as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "$(cat "$cluster/options") -c port=$port" start >/dev/null
    ;;
stop)
    if [[ -f "$dir/cluster" ]]; then
        cluster=$(cat "$dir/cluster")
        if [[ -f "$cluster/data/postmaster.pid" ]]; then
            as_owner "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null || true
        fi
        rm -rf "$cluster"
    fi
    rm -rf "$dir"
    ;;
*)
    echo "server.sh: start, halt, resume or stop" >&2
    exit 2
    ;;
esac
