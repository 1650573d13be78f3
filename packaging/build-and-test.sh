#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds once, and runs every test — the integration tests against a real
# gnome-keyring in a private D-Bus session and real SQLite files. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMONIME_FAULT_INJECTION=ON
cmake --build build
tests/with-keyring.sh ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
