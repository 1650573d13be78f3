#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of Monime Developer Portal in one command:
#   bash packaging/build-deb.sh [BUILD_DIR]      (default build-deb) -> ./monime-portal_<version>_<arch>.deb
# Installs the build dependencies and the packaging tools, configures a release build (no crash points, no tests,
# no benchmarks) with Debian's hardening flags, builds it with Ninja (through ccache when it is installed) and lets
# CPack make the .deb (dependencies from dpkg-shlibdeps). Then: sudo apt-get install ./monime-portal_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-deb}

# dpkg-shlibdeps (dpkg-dev) and file for CPack's library dependencies; fakeroot is not needed (CPack writes root:root).
bash packaging/install-deps.sh dpkg-dev file

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# Debian's flags for every package (fortify, stack protector, relro, bind-now, PIE), without -g: the package is
# stripped anyway.
flags() { DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP=-g dpkg-buildflags --get "$1"; }
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DMONIME_FAULT_INJECTION=OFF -DMONIME_BUILD_TESTS=OFF -DMONIME_BUILD_BENCHMARKS=OFF \
    -DCMAKE_CXX_FLAGS="$(flags CPPFLAGS) $(flags CXXFLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(flags LDFLAGS)" \
    "${launcher[@]}"
cmake --build "$build" -j "$(nproc)"
bash packaging/make-deb.sh "$build" .
