#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and launches Monime Developer Portal on its defaults:
# the per-user SQLite file, the OS keychain and the built-in sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMONIME_FAULT_INJECTION=OFF
cmake --build build
exec build/ui/monime-portal "$@"
