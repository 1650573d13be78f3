#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The sandbox's figures (issue 4): authenticated `GET /` and `GET /v1/financial-accounts` through the full
# check chain, usage recording on, measured with wrk on loopback side by side with nginx serving the same
# bytes statically and with the Prism mock server (when installed). Each server is pinned to CPU 0, wrk to
# CPU 1. Not run by CI. Needs: wrk, nginx (apt install wrk nginx-light), optionally prism
# (npm install -g @stoplight/prism-cli), and a keyring for `create`:
#   tests/with-keyring.sh benchmarks/sandbox-bench.sh [BUILD_DIR] [SECONDS]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
seconds=${2:-10}
connections=${CONNECTIONS:-32}
openapi=${OPENAPI:-$root/../shared/reference/monime-openapi-caph.2025-08-23.yaml}
cli="$build/app/monime-portal-cli"
sandbox="$build/app/monime-sandbox"
for tool in wrk nginx curl taskset; do
    command -v "$tool" >/dev/null || { echo "sandbox-bench: $tool is not installed" >&2; exit 1; }
done

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

# The exact bytes the sandbox answers, served statically by nginx.
mkdir -p "$work/www/v1"
curl -s "http://127.0.0.1:$sport/" -H "Authorization: Bearer $token" >"$work/www/root.json"
curl -s "http://127.0.0.1:$sport/v1/financial-accounts" -H "Authorization: Bearer $token" \
    -H "Monime-Space-Id: $space" >"$work/www/v1/financial-accounts"
grep -q '"isAuthenticated":true' "$work/www/root.json" || { echo "sandbox-bench: token not accepted" >&2; exit 1; }
chmod 755 "$work" && chmod -R a+rX "$work/www" # nginx's workers may run as another user
nport=$(free_port)
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
    default_type application/json;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$nport;
        root $work/www;
        location = / { try_files /root.json =404; }
    }
}
CONF
taskset -c 0 nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)

pport=""
if command -v prism >/dev/null && [ -f "$openapi" ]; then
    pport=$(free_port)
    taskset -c 0 prism mock -p "$pport" -h 127.0.0.1 "$openapi" >"$work/prism.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 300); do curl -s -o /dev/null "http://127.0.0.1:$pport/v1/banks?country=SL" && break; sleep 0.1; done
fi
sleep 0.5

# name url → "requests/s p99"
bench() {
    local out
    out=$(taskset -c 1 wrk -t1 -c"$connections" -d"${seconds}s" --latency \
        -H "Authorization: Bearer $token" -H "Monime-Space-Id: $space" "$1" 2>&1)
    local rps p99 non2xx
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    echo "${rps:-0} ${p99:-?} ${non2xx:-0}"
}

printf '%-34s %12s %10s %8s\n' "server / endpoint" "requests/s" "p99" "non-2xx"
declare -A result
for endpoint in / /v1/financial-accounts; do
    for server in sandbox nginx prism; do
        case $server in
        sandbox) url="http://127.0.0.1:$sport$endpoint" ;;
        nginx) url="http://127.0.0.1:$nport$endpoint" ;;
        prism) [ -n "$pport" ] || continue; url="http://127.0.0.1:$pport$endpoint" ;;
        esac
        read -r rps p99 non2xx < <(bench "$url")
        result[$server$endpoint]=$rps
        printf '%-34s %12s %10s %8s\n' "$server $endpoint" "$rps" "$p99" "$non2xx"
    done
done
for endpoint in / /v1/financial-accounts; do
    awk -v s="${result[sandbox$endpoint]}" -v n="${result[nginx$endpoint]}" -v e="$endpoint" \
        'BEGIN { if (n > 0) printf "sandbox/nginx %-22s %5.1f %%\n", e, 100 * s / n }'
done
kill -INT "${pids[0]}" 2>/dev/null || true
sleep 1
rows=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from usage').fetchone()[0])" \
    "$MONIME_PORTAL_DATABASE")
echo "usage rows recorded by the sandbox: $rows"
