#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Monime Developer Portal needs to build, run and test.
# Idempotent: only missing packages are installed; sudo is used only when not root.
#   packaging/install-deps.sh [EXTRA_PACKAGE...]    also installs the packages named (the packaging scripts' tools)
set -euo pipefail

# What the build and the tests use, and nothing else (packaging/build-deb.sh and packaging/test-deb.sh add the
# packaging tools). The programs link Qt Core, Network, Sql, DBus, Gui, Widgets and QtKeychain; the sandbox is a
# QTcpServer of its own, so neither Qt HttpServer nor Qt WebSockets is needed.
packages=(
    # compiler, CMake, Ninja; Qt's CMake find modules (XKB, ...) ask pkg-config
    build-essential cmake ninja-build pkg-config
    # Qt 6 Core/Network/Sql/DBus/Gui/Widgets/Test with moc and rcc; Qt Gui's CMake package requires OpenGL headers
    qt6-base-dev qt6-base-dev-tools libgl-dev
    # qt_add_translations: the LinguistTools CMake package (qt6-tools-dev) and lupdate/lrelease (qt6-l10n-tools)
    qt6-tools-dev qt6-l10n-tools
    # the SQLite driver every program opens the inventory with; SQLite's own API (the core calls it directly)
    libqt6sql6-sqlite libsqlite3-dev
    # Qt's PostgreSQL driver (QPSQL): a team inventory on PostgreSQL (--database postgresql://…)
    libqt6sql6-psql
    # tests: the `postgres` tests run on a throwaway PostgreSQL 15 cluster (tests/with-postgres.sh: initdb, pg_ctl)
    postgresql-15
    # the OS keychain through the Secret Service
    qtkeychain-qt6-dev
    # tests: a private D-Bus session (dbus-run-session) with a real gnome-keyring, secret-tool and sqlite3 to check
    # from outside, pdftotext (poppler-utils) to read the PDF reports back, and the PDF reports' font
    dbus gnome-keyring libsecret-tools sqlite3 poppler-utils fonts-dejavu-core
    # tests: expiry reminders against a real notification daemon (python3-dbusmock, run with the system python3)
    python3-dbusmock
    # tests: the end-to-end test on a real X server through AT-SPI (xvfb-run needs xauth; gi for the system python3)
    xvfb xauth at-spi2-core python3-gi gir1.2-atspi-2.0
    # `scan --git` reads history with git
    git
    # the sandbox validates against Monime's OpenAPI document: valijson (header-only JSON Schema validator), and
    # python3-yaml to turn the YAML document into JSON at build time
    libvalijson-dev python3 python3-yaml
)
# CI validates the SARIF output with Microsoft's SARIF Multitool, from npm: Debian's nodejs and npm, unless a node
# with npm is there already (NodeSource's nodejs bundles npm and conflicts with Debian's npm package).
if ! command -v npm >/dev/null 2>&1; then packages+=(nodejs npm); fi
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
