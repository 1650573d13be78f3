#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command beside a throwaway PostgreSQL server: a cluster initdb'd in a temp dir (as the `postgres` user
# when run as root, else as the current user), listening on 127.0.0.1 at a free port and on a private socket
# directory, with a role `monime` (CREATEDB, a random password) owning a database `monime`. The command gets
#   MONIME_TEST_POSTGRES=postgresql://monime@127.0.0.1:PORT/monime
#   PGPASSFILE=<the cluster's own pgpass file>   (the password never appears on a command line)
# and the server is stopped and its directory removed afterwards, also when the command fails or on Ctrl-C.
# Nested calls (MONIME_TEST_POSTGRES already set) run the command on the server already there.
#   tests/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

if [ -n "${MONIME_TEST_POSTGRES:-}" ]; then exec "$@"; fi
if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

bin="${MONIME_PG_BIN:-}"
if [ -z "$bin" ]; then
    for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bin="$d"; done
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "with-postgres: no PostgreSQL server found (initdb). Install it: apt install postgresql" \
        "(packaging/install-deps.sh does), or set MONIME_PG_BIN to its bin directory." >&2
    exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/monime-postgres.XXXXXX")
run=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres user.
    chown postgres: "$dir"
    run=(runuser -u postgres --)
fi
data="$dir/data"
started=0
cleanup() {
    if [ "$started" = 1 ]; then "${run[@]}" "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

superuser=monime_admin
password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
"${run[@]}" mkdir -p "$dir/socket"
if ! "${run[@]}" "$bin/initdb" -D "$data" -U "$superuser" --auth-local=trust --auth-host=scram-sha-256 \
    --locale=C --encoding=UTF8 --no-sync >"$dir/initdb.log" 2>&1; then
    echo "with-postgres: initdb failed:" >&2
    cat "$dir/initdb.log" >&2
    exit 1
fi
# A test server: no durability needed, small memory (other clusters may run beside it).
cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 16MB
max_connections = 60
EOF

port=""
for _ in 1 2 3 4 5 6 7 8; do
    candidate=$((20000 + RANDOM % 40000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then continue; fi # taken
    if "${run[@]}" "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -o "-p $candidate" -w -t 30 start >/dev/null; then
        port=$candidate
        started=1
        break
    fi
done
if [ -z "$port" ]; then
    echo "with-postgres: the server did not start:" >&2
    cat "$dir/server.log" >&2 2>/dev/null || true
    exit 1
fi

# The role's password goes through stdin, never a command line.
"${run[@]}" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -U "$superuser" -d postgres <<EOF
CREATE ROLE monime LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE monime OWNER monime;
EOF
pgpass="$dir/pgpass"
printf '127.0.0.1:%s:*:monime:%s\n' "$port" "$password" >"$pgpass"
chmod 600 "$pgpass"

export PGPASSFILE="$pgpass"
export MONIME_TEST_POSTGRES="postgresql://monime@127.0.0.1:$port/monime"
# For tests that must reach the server as its superuser (trust on the private socket only).
export MONIME_TEST_POSTGRES_SOCKET="$dir/socket" MONIME_TEST_POSTGRES_PORT="$port"
set +e
"$@"
status=$?
set -e
exit "$status"
