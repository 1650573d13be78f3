#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a built package as a user would meet it, then removes it without a trace:
#   bash packaging/test-deb.sh monime-portal_<version>_<arch>.deb
# lintian (fails on errors; warnings are fixed or explained in packaging/debian/lintian-overrides), apt-get install,
# the programs from the installed paths (the CLI's doctor in a private keyring session), desktop-file-validate and
# appstreamcli on the installed files, man pages and bash completion, then apt-get purge and a check that every
# file of the package is gone. Installs system-wide: root, or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(realpath "${1:?usage: packaging/test-deb.sh FILE.deb}")
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
apt=($SUDO env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300)
step() { printf '\n== test-deb: %s\n' "$*"; }

# The packaging tools; dpkg-dev and file for CPack come from build-deb.sh / make-deb.sh's callers.
bash packaging/install-deps.sh lintian desktop-file-utils appstream bash-completion man-db

step "lintian $(basename "$deb")"
lintian --version
# As root lintian says so on stderr ("running with root privileges is not recommended"); that is all it says.
lintian --fail-on error --info --tag-display-limit 0 "$deb" 2> >(grep -v 'root privileges' >&2)
echo "lintian: no errors"

if dpkg-query -W -f='${Status}' monime-portal 2>/dev/null | grep -q 'install ok installed'; then
    echo "test-deb: monime-portal is installed already; purge it first (apt-get purge monime-portal)" >&2
    exit 1
fi
step "apt-get install ./$(basename "$deb")"
"${apt[@]}" install "$deb"
trap '"${apt[@]}" purge monime-portal >/dev/null 2>&1 || true' EXIT
mapfile -t files < <(dpkg -L monime-portal | while read -r f; do [ -d "$f" ] || echo "$f"; done)
printf '%s\n' "${files[@]}"
for f in /usr/bin/monime-portal /usr/bin/monime-portal-cli /usr/bin/monime-sandbox \
         /usr/share/applications/io.monime.Portal.desktop /usr/share/metainfo/io.monime.Portal.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.monime.Portal.svg \
         /usr/share/icons/hicolor/48x48/apps/io.monime.Portal.png \
         /usr/share/man/man1/monime-portal-cli.1.gz /usr/share/bash-completion/completions/monime-portal-cli \
         /usr/share/doc/monime-portal/copyright; do
    [ -f "$f" ] || { echo "test-deb: $f is missing" >&2; exit 1; }
done

step "the programs, from the installed paths"
cd "$(mktemp -d)" # nothing of the source tree on the way
/usr/bin/monime-portal-cli --version
/usr/bin/monime-sandbox --version
/usr/bin/monime-sandbox --help
QT_QPA_PLATFORM=offscreen /usr/bin/monime-portal --version
# The translations are compiled into the programs (qt_add_translations): nothing to find on disk.
french=$(LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 QT_QPA_PLATFORM=offscreen /usr/bin/monime-portal --help 2>/dev/null)
english=$(LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen /usr/bin/monime-portal --help 2>/dev/null)
[ "$(sed -n 2p <<<"$french")" != "$(sed -n 2p <<<"$english")" ] ||
    { echo "test-deb: the installed app does not speak French: $(sed -n 2p <<<"$french")" >&2; exit 1; }
echo "monime-portal --help under LANG=fr_FR.UTF-8: $(sed -n 2p <<<"$french")"
keyring="$OLDPWD/tests/with-keyring.sh"
# A fresh HOME in a private keyring session: doctor on an empty inventory passes; then one token end to end.
"$keyring" bash -euc '
    /usr/bin/monime-portal-cli doctor
    /usr/bin/monime-portal-cli create --name "Package check" --test --release caph.2025-08-23 \
        --permission payments:read >/dev/null
    /usr/bin/monime-portal-cli list
    /usr/bin/monime-portal-cli doctor
    /usr/bin/monime-portal-cli export --output "$HOME/report.pdf" && test -s "$HOME/report.pdf"'
cd "$OLDPWD"

step "desktop entry, AppStream metainfo, man pages, bash completion"
desktop-file-validate /usr/share/applications/io.monime.Portal.desktop
echo "desktop-file-validate: passed"
appstreamcli validate --no-net /usr/share/metainfo/io.monime.Portal.metainfo.xml
for page in monime-portal monime-portal-cli monime-sandbox; do
    out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings "$page" 2>&1 >/dev/null)
    [ -z "$out" ] || { echo "test-deb: man $page: $out" >&2; exit 1; }
done
echo "man pages: render without warnings"
completion=$(bash -c 'source /usr/share/bash-completion/bash_completion
    source /usr/share/bash-completion/completions/monime-portal-cli
    COMP_WORDS=(monime-portal-cli list --status e); COMP_CWORD=3; COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
    _monime_portal_cli; echo "${COMPREPLY[*]}"')
[ "$completion" = expired ] || { echo "test-deb: bash completion gave '$completion', not 'expired'" >&2; exit 1; }
echo "bash completion: list --status e<TAB> -> $completion"

step "apt-get purge monime-portal"
"${apt[@]}" purge monime-portal
trap - EXIT
if dpkg-query -W -f='${Status}\n' monime-portal 2>/dev/null | grep -q installed; then
    echo "test-deb: monime-portal is still installed" >&2; exit 1
fi
if [ -n "$(dpkg -L monime-portal 2>/dev/null)" ]; then echo "test-deb: dpkg still lists files" >&2; exit 1; fi
for f in "${files[@]}"; do
    [ ! -e "$f" ] || { echo "test-deb: $f is left after purge" >&2; exit 1; }
done
echo "test-deb: purged; none of the package's ${#files[@]} files is left"
