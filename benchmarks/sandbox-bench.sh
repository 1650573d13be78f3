#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The sandbox against nginx, side by side in one run (issue 9): authenticated `GET /` (usage recording on) and
# `GET /v1/financial-accounts` through all ten checks, each compared with an nginx that answers the very same
# body bytes from its config (`return 200`, 1 worker, access_log off, keep-alive). Each server is pinned to
# CPU 0 with taskset, wrk to CPU 1; one server runs at a time. Prints requests/s, p99 and the ratio to nginx,
# and fails on any non-2xx answer or socket error. Not run by CI. Installs wrk and nginx-light (Debian) when
# missing; needs a keyring for `create`:
#   tests/with-keyring.sh benchmarks/sandbox-bench.sh [BUILD_DIR] [SECONDS]
# CONNECTIONS (default 64) sets wrk's connections; ROUNDS (default 3) how many times each server runs, alternating;
# the best round of each is compared (the least disturbed, on a machine shared with other work).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
seconds=${2:-10}
connections=${CONNECTIONS:-64}
rounds=${ROUNDS:-3}
cli="$build/app/monime-portal-cli"
sandbox="$build/app/monime-sandbox"
nginx_bin=/usr/sbin/nginx

fail() {
    echo "sandbox-bench: FAILED: $*" >&2
    exit 1
}

# Benchmark-only tools: installed here, not by packaging/install-deps.sh.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x "$nginx_bin" ] || missing+=(nginx-light)
command -v taskset >/dev/null || missing+=(util-linux)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
    echo "sandbox-bench: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    # The nginx package must not start a system-wide nginx on port 80: forbid service starts while installing.
    policy=/usr/sbin/policy-rc.d
    added_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
        $sudo chmod 755 "$policy"
        added_policy=1
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
        { [ $added_policy -eq 0 ] || $sudo rm -f "$policy"; fail "could not install ${missing[*]}"; }
    [ $added_policy -eq 0 ] || $sudo rm -f "$policy"
fi
[ "$(nproc)" -ge 2 ] || fail "needs two CPUs (server on CPU 0, wrk on CPU 1)"
[ -x "$sandbox" ] && [ -x "$cli" ] || fail "build monime-sandbox and monime-portal-cli in $build first"

work=$(mktemp -d "${TMPDIR:-/tmp}/monime-bench.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export MONIME_PORTAL_DATABASE="$work/inventory.sqlite"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

"$cli" space add spc-bench --name Bench --role owner >/dev/null
token=$("$cli" create --name bench --test --release caph.2025-08-23 --permission financial-accounts:read 2>/dev/null)
space="spc-bench"

taskset -c 0 "$sandbox" --port 0 >"$work/sandbox.out" 2>&1 &
pids+=($!)
for _ in $(seq 50); do grep -q '^PORT=' "$work/sandbox.out" 2>/dev/null && break; sleep 0.1; done
sport=$(sed -n 's/^PORT=//p' "$work/sandbox.out")
[ -n "$sport" ] || fail "monime-sandbox did not start: $(cat "$work/sandbox.out")"

# The exact bytes the sandbox answers, to be returned by nginx from its config.
curl -sf "http://127.0.0.1:$sport/" -H "Authorization: Bearer $token" >"$work/root.json" || fail "GET / failed"
curl -sf "http://127.0.0.1:$sport/v1/financial-accounts" -H "Authorization: Bearer $token" \
    -H "Monime-Space-Id: $space" >"$work/accounts.json" || fail "GET /v1/financial-accounts failed"
grep -q '"isAuthenticated":true' "$work/root.json" || fail "the token was not accepted at /"
grep -q '"success":true' "$work/accounts.json" || fail "the ten checks did not pass at /v1/financial-accounts"
for f in root.json accounts.json; do
    # Inside nginx's single quotes only ' and \ need care; $ would be a variable. The sandbox sends none of them.
    ! grep -q "['\\\\\$]" "$work/$f" || fail "$f holds a character nginx's return string would change"
done

nport=$(free_port)
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
master_process on;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
    default_type "application/json; charset=utf-8";
    keepalive_requests 1000000;
    keepalive_timeout 15s;
    server {
        listen 127.0.0.1:$nport;
        location = / { return 200 '$(cat "$work/root.json")'; }
        location = /v1/financial-accounts { return 200 '$(cat "$work/accounts.json")'; }
    }
}
CONF
taskset -c 0 "$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$nport/" && break; sleep 0.1; done
cmp -s <(curl -s "http://127.0.0.1:$nport/") "$work/root.json" || fail "nginx does not answer the sandbox's bytes at /"
cmp -s <(curl -s "http://127.0.0.1:$nport/v1/financial-accounts") "$work/accounts.json" ||
    fail "nginx does not answer the sandbox's bytes at /v1/financial-accounts"

# url → "requests/s p99"; fails on any non-2xx answer or socket error.
bench() {
    local out
    out=$(taskset -c 1 wrk -t1 -c"$connections" -d"${seconds}s" --latency \
        -H "Authorization: Bearer $token" -H "Monime-Space-Id: $space" "$1" 2>&1)
    if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
        echo "$out" >&2
        fail "$1 answered non-2xx or broke connections"
    fi
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    [ -n "$rps" ] || { echo "$out" >&2; fail "wrk printed no rate for $1"; }
    echo "$rps $p99"
}

echo "wrk -t1 -c$connections -d${seconds}s, $rounds rounds alternating the servers; servers on CPU 0, wrk on CPU 1;" \
    "$(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg)"
printf '%-6s %-8s %-24s %12s %10s\n' round server endpoint requests/s p99
declare -A best best_p99
for endpoint in / /v1/financial-accounts; do
    for round in $(seq "$rounds"); do
        for server in sandbox nginx; do
            port=$sport
            [ $server = sandbox ] || port=$nport
            read -r rps p99 < <(bench "http://127.0.0.1:$port$endpoint")
            printf '%-6s %-8s %-24s %12s %10s\n' "$round" "$server" "$endpoint" "$rps" "$p99"
            if awk -v a="$rps" -v b="${best[$server$endpoint]:-0}" 'BEGIN { exit !(a > b) }'; then
                best[$server$endpoint]=$rps
                best_p99[$server$endpoint]=$p99
            fi
        done
    done
done
# On a machine shared with other work, the best round of each server is the least disturbed one.
echo "best of $rounds rounds:"
for endpoint in / /v1/financial-accounts; do
    awk -v s="${best[sandbox$endpoint]}" -v n="${best[nginx$endpoint]}" -v e="$endpoint" \
        -v sp="${best_p99[sandbox$endpoint]}" -v np="${best_p99[nginx$endpoint]}" \
        'BEGIN { printf "%-24s sandbox %10.0f req/s (p99 %s)  nginx %10.0f req/s (p99 %s)  ratio %.2f\n", e, s, sp, n, np, s / n }'
done
kill -INT "${pids[0]}" 2>/dev/null || true
wait "${pids[0]}" 2>/dev/null || true
rows=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from usage').fetchone()[0])" \
    "$MONIME_PORTAL_DATABASE")
echo "usage rows recorded by the sandbox: $rows"
