#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test — the integration tests against a real gnome-keyring in
# a private D-Bus session, real SQLite files and a real PostgreSQL 15 server. Two configurations, each built once:
#   build       the programs as shipped, plus the test-only crash points (MONIME_FAULT_INJECTION): every test,
#               the `postgres` ones on a throwaway cluster tests/with-postgres.sh starts (one for the whole run)
#   build-asan  AddressSanitizer + UBSan, one-definition rule checked by an LTO link (no GUI): the core's tests
# then the Debian package of the tested build (crash points switched off: two files recompile), installed, run,
# validated and purged by packaging/test-deb.sh. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
keyring=tests/with-keyring.sh
jobs="$(nproc)"
phase() { echo "build-and-test: $(date -u +%T) $*"; }

# Microsoft's SARIF Multitool for the `sarif` test (npm registry; a local folder, nothing global).
[ -x build/sarif/node_modules/.bin/sarif-multitool ] || npm install --prefix build/sarif @microsoft/sarif-multitool
phase "build"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMONIME_FAULT_INJECTION=ON
cmake --build build
# One PostgreSQL cluster for every `postgres` test of the run (each test makes databases of its own on it); the
# tests wrap themselves in with-postgres.sh, which then uses this one rather than starting another.
phase "tests"
$keyring tests/with-postgres.sh ctest --test-dir build --output-on-failure --parallel "$jobs" --timeout 600

phase "sanitizer build"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMONIME_SANITIZE=ON -DMONIME_BUILD_GUI=OFF \
    -DMONIME_BUILD_BENCHMARKS=OFF -DMONIME_FAULT_INJECTION=ON
cmake --build build-asan
export ASAN_OPTIONS="abort_on_error=0:halt_on_error=1:detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
phase "sanitizer tests"
# The `postgres` tests too (in one cluster, as above): the team database's paths — row-level security refusals,
# the watcher's LISTEN, reconnecting — run only there. No retries: the two causes of the one flaky case
# (tst_sandboxserver's acceptWhenOutOfDescriptors: a UBSan report from a call through a query's driver, fixed in
# Database::queryError; GLib aborting when the usage writer's thread started late, fixed in SandboxServer::start)
# are gone.
$keyring tests/with-postgres.sh ctest --test-dir build-asan --output-on-failure --parallel "$jobs" --timeout 900 \
    -L 'unit|sqlite|keychain|cli|reports|http|concurrency|postgres'

# The Debian package from the tested build: with the crash points off only the files that have them recompile, and
# the programs relink (not the tests: CMAKE_SKIP_INSTALL_ALL_DEPENDENCY). packaging/build-deb.sh is the release way.
phase "package"
cmake -S . -B build -DMONIME_FAULT_INJECTION=OFF -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON
cmake --build build --target monime-portal monime-portal-cli monime-sandbox packaging_docs
bash packaging/install-deps.sh dpkg-dev file
deb=$(bash packaging/make-deb.sh build build/deb | tail -n 1)
bash packaging/test-deb.sh "$deb"
phase "done"
