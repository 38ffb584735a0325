#!/usr/bin/env bash
# Validate the desktop entry and the AppStream metadata the way distributions and Flathub do.
#
# Why a script: packagers run exactly these two validators and reject files that fail, so we run
# them before they do (tests/test_packaging.py runs the same checks in CI). --pedantic shows hints
# Flathub's reviewers read as well (they do not fail the run; tests/test_packaging.py allows only
# the ones it names). --no-net keeps it offline and deterministic: the screenshot URLs point at
# the project's site, which this machine need not reach.
# The files live in resources/desktop/ so that the wheel carries them for
# `roundtable --install-desktop-entry`; the frozen build and distributions copy them from there.
# Needs desktop-file-validate (desktop-file-utils) and appstreamcli (appstream).
set -euo pipefail

cd "$(dirname "$0")/.."

DESKTOP="resources/desktop/app.roundtable.Roundtable.desktop"
METAINFO="resources/desktop/app.roundtable.Roundtable.metainfo.xml"

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

echo "== appstreamcli validate --pedantic --no-net $METAINFO"
appstreamcli validate --pedantic --no-net "$METAINFO"
