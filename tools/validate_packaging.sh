#!/usr/bin/env bash
# Validate the desktop entry and the AppStream metadata the way distributions and Flathub do.
#
# Why a script: packagers run exactly these two validators and reject files that fail, so we run
# them before they do (tests/test_packaging.py and CI call this too). --no-net keeps it offline and
# deterministic: Roundtable ships no URLs that would need checking.
# Needs desktop-file-validate (desktop-file-utils) and appstreamcli (appstream).
set -euo pipefail

cd "$(dirname "$0")/.."

DESKTOP="packaging/app.roundtable.Roundtable.desktop"
METAINFO="packaging/app.roundtable.Roundtable.metainfo.xml"

missing=0
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "validate_packaging: $tool not found (apt-get install desktop-file-utils appstream)" >&2
        missing=1
    fi
done
[ "$missing" -eq 0 ] || exit 2

echo "== desktop-file-validate $DESKTOP"
desktop-file-validate "$DESKTOP"
echo "ok"

echo "== appstreamcli validate --no-net $METAINFO"
appstreamcli validate --no-net "$METAINFO"
