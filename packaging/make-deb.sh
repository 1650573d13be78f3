#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Packs an already built tree into the .deb (CPack DEB) and prints its path on the last line:
#   packaging/make-deb.sh BUILD_DIR OUT_DIR
# Used by packaging/build-deb.sh and by the CI (packaging/build-and-test.sh), which packs its tested build.
set -euo pipefail
build=${1:?build directory}
out=${2:?output directory}
mkdir -p "$out"
out=$(cd "$out" && pwd)
# A build configured with crash points must never be shipped.
if grep -q '^MONIME_FAULT_INJECTION:BOOL=ON' "$build/CMakeCache.txt"; then
    echo "make-deb: $build has MONIME_FAULT_INJECTION=ON (test-only crash points); reconfigure it with =OFF" >&2
    exit 1
fi
rm -f "$build"/monime-portal_*.deb
(cd "$build" && cpack -G DEB) >&2 # its log on stderr: stdout is the path
deb=$(ls "$build"/monime-portal_*.deb)
mv "$deb" "$out/"
echo "$out/$(basename "$deb")"
