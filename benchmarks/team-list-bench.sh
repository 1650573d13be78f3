#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The cost of the team's row-level security (issue 13): `list --json` of 100,000 tokens on one team database, as
# the tables' owner (row security does not bind the owner) and as a member (every row through the policies),
# alternating, three rounds each, pinned to CPU 0 like the server. Prints wall time and peak RSS per run. Not run
# by CI; needs a keyring and a server:
#   tests/with-keyring.sh tests/with-postgres.sh benchmarks/team-list-bench.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
cli=$build/app/monime-portal-cli
db=rls_bench_$RANDOM
psql -X -q "$MONIME_TEST_POSTGRES" -c "CREATE DATABASE $db" >/dev/null
url="${MONIME_TEST_POSTGRES%/*}/$db"
$cli --database "$url" team me --email owner@example.com >/dev/null
"$build/benchmarks/monime-seed" 100000 "$url" >/dev/null
psql -X -q "$url" -c "VACUUM ANALYZE tokens, token_permissions, token_ip_rules" >/dev/null
pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
psql -X -q -h "$MONIME_TEST_POSTGRES_SOCKET" -p "$MONIME_TEST_POSTGRES_PORT" -U monime_admin -d postgres <<SQL >/dev/null
CREATE ROLE benchbob LOGIN PASSWORD '$pw';
SQL
port=$(echo "$MONIME_TEST_POSTGRES" | sed -E 's|.*:([0-9]+)/.*|\1|')
pass=$(mktemp); trap 'rm -f "$pass"' EXIT; cat "$PGPASSFILE" > "$pass"; echo "127.0.0.1:$port:*:benchbob:$pw" >> "$pass"; chmod 600 "$pass"
export PGPASSFILE="$pass"
$cli --database "$url" team add bob@example.com --db-user benchbob --role member >/dev/null
bob="${url/monime@/benchbob@}"
n_owner=$($cli --database "$url" list --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
n_bob=$($cli --database "$bob" list --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
echo "tokens seen: owner $n_owner, member $n_bob"
for i in 1 2 3; do
  for who in owner member; do
    loc=$url; [ $who = member ] && loc=$bob
    /usr/bin/time -f "$who %e s %M KB" taskset -c 0 $cli --database "$loc" list --json > /dev/null
  done
done 2>&1
uptime
