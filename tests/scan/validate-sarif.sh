#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the SARIF that `monime-portal-cli scan --sarif` writes with Microsoft's SARIF Multitool
# (npm @microsoft/sarif-multitool; packaging/build-and-test.sh installs it into build/sarif).
# Usage: validate-sarif.sh CLI MULTITOOL
set -euo pipefail
cli="$1"
multitool="$2"
if [ ! -x "$multitool" ]; then
    echo "validate-sarif: no SARIF Multitool at $multitool;" \
         "install it: npm install --prefix build/sarif @microsoft/sarif-multitool" >&2
    exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MONIME_PORTAL_DATABASE="$work/inventory.sqlite"
mkdir -p "$work/tree/src dir"
# Two tokens made by the CLI itself (run under tests/with-keyring.sh, as ctest is): one stays known and active.
make() {
    "$cli" create --name "$1" --test --release caph.2025-08-23 --permission payments:read --json |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}
token="$(make "SARIF one") $(make "SARIF two")"
set -- $token
printf 'KEY=%s\n' "$1" > "$work/tree/.env"
printf 'const k = "%s";\n' "$2" > "$work/tree/src dir/client.js"
status=0
"$cli" scan "$work/tree" --sarif "$work/out.sarif" >/dev/null 2>&1 || status=$?
[ "$status" -eq 1 ] || { echo "validate-sarif: scan exited $status, expected 1 (found)" >&2; exit 1; }
if grep -q -e "$1" -e "$2" "$work/out.sarif"; then
    echo "validate-sarif: a secret is in the SARIF file" >&2
    exit 1
fi
grep -q '"startLine"' "$work/out.sarif"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
"$multitool" validate -o "$work/validation.sarif" "$work/out.sarif"
# The validation log must hold no error-level result.
python3 - "$work/validation.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
errors = [r for run in log.get("runs", []) for r in run.get("results", []) if r.get("level", "warning") == "error"]
for r in errors:
    print("SARIF error:", r.get("ruleId"), r.get("message", {}).get("text", ""), file=sys.stderr)
print(f"validate-sarif: {sum(len(run.get('results', [])) for run in log.get('runs', []))} validator results, "
      f"{len(errors)} errors")
sys.exit(1 if errors else 0)
PY
