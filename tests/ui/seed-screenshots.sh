#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Seeds an inventory for the docs/ screenshots through the CLI, then renders them:
#   tests/with-keyring.sh tests/ui/seed-screenshots.sh build docs
set -euo pipefail
build=${1:-build}
out=${2:-docs}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MONIME_PORTAL_DATABASE="$work/inventory.sqlite"
cli="$build/app/monime-portal-cli"
release=caph.2025-08-23
$cli space add spc-k6PWMZvKxSJ1 --name "Acme Ltd" --role developer >/dev/null
$cli space add spc-Gl0b3xF1n4nc3 --name "Globex Finance" --role finance >/dev/null
q() { "$@" >/dev/null 2>&1; }
q $cli create --name "Inventory Sync Script" --test --release $release --permission payments:read --permission customers:read
q $cli create --name "Main Website Integration" --live --release $release --expiry 1y --permission payments:read \
    --permission payments:write --space "Acme Ltd" --ip 203.0.113.0/24 --ip 2001:db8::/32
q $cli create --name "Payout worker" --live --release $release --expiry "$(date -u -d '+10 days' +%F)" \
    --permission payouts:write --space "Globex Finance" --ip 198.51.100.7
q $cli create --name "Analytics export" --live --release $release --expiry never --permission analytics:read
id=$($cli list --json | python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin) if t["name"]=="Main Website Integration"][0])')
q $cli rotate "$id" --grace 24
old=$($cli create --name "Old CI pipeline" --test --release $release --permission payments:read --json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
q $cli revoke "$old" --reason "leaked in a CI log"
q $cli test "$($cli list --json | python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin) if t["name"]=="Inventory Sync Script"][0])')"
QT_QPA_PLATFORM=offscreen "$build/tests/screenshots" "$MONIME_PORTAL_DATABASE" "$out"
