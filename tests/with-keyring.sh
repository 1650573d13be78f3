#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring (Secret Service),
# in a throwaway HOME, so tests use a real keychain without prompts and never touch the user's own.
#   tests/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [ "${MONIME_IN_KEYRING_SESSION:-}" = 1 ]; then exec "$@"; fi

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/monime-keyring.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/config" "$sandbox/data" "$sandbox/cache" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"

export HOME="$sandbox/home"
export XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data" XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export MONIME_IN_KEYRING_SESSION=1
# A test under Xvfb (xvfb-run outside this script) keeps its DISPLAY with MONIME_KEEP_DISPLAY=1.
if [ "${MONIME_KEEP_DISPLAY:-}" = 1 ]; then
    unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
else
    unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
fi

# The password only unlocks this throwaway keyring; it must not be empty.
exec dbus-run-session -- bash -c '
    printf %s "monime-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' monime-keyring "$@"
