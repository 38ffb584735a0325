#!/usr/bin/env bash
# Render the application icon into the freedesktop hicolor layout.
#
# Why a script: the PNGs are committed (desktops and packagers want bitmaps at fixed sizes and
# not every toolkit renders SVG), so anyone who edits resources/icons/roundtable.svg must be able
# to regenerate them identically. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail

cd "$(dirname "$0")/.."

APP_ID="app.roundtable.Roundtable"
SRC="resources/icons/roundtable.svg"
OUT="resources/icons/hicolor"
SIZES=(16 24 32 48 64 128 256 512)

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "render_icons: rsvg-convert not found (apt-get install librsvg2-bin)" >&2
    exit 1
fi

for size in "${SIZES[@]}"; do
    dir="$OUT/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$dir/$APP_ID.png" "$SRC"
    echo "rendered $dir/$APP_ID.png"
done

mkdir -p "$OUT/scalable/apps"
cp "$SRC" "$OUT/scalable/apps/$APP_ID.svg"
echo "copied $OUT/scalable/apps/$APP_ID.svg"
