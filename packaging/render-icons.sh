#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the app icon's PNG sizes from resources/icons/io.monime.Portal.svg into resources/icons/hicolor/
# (committed, so a build needs no SVG renderer). Run after changing the SVG; needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" io.monime.Portal.svg -o "hicolor/${size}x${size}/apps/io.monime.Portal.png"
done
echo "render-icons: $(ls hicolor | tr '\n' ' ')"
