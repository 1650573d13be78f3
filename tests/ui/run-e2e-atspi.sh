#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The AT-SPI end-to-end test. Order matters: Xvfb first (xvfb-run; a random first display number, so parallel
# runs do not race for one), then a private D-Bus session of its own with a keyring (tests/with-keyring.sh, told to
# keep the DISPLAY and to start a new session even inside another: the accessibility registry, started on demand
# on that bus, synthesises the keys on the DISPLAY the bus was started with); the system python3 drives it.
#   tests/ui/run-e2e-atspi.sh MONIME_PORTAL MONIME_PORTAL_CLI
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/monime-e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT
xvfb-run -a -n $((200 + RANDOM % 600)) -s "-screen 0 1280x800x24" \
    env MONIME_KEEP_DISPLAY=1 MONIME_IN_KEYRING_SESSION=0 "$here/../with-keyring.sh" \
    /usr/bin/python3 "$here/e2e_atspi.py" "$1" "$work/inventory.sqlite" "$2"
