#!/usr/bin/env bash
# Install the frozen Roundtable for the current user, under ~/.local (no root needed).
#
# Run from the unpacked tarball (packaging/build.sh ships this file as its install.sh):
#     ./install.sh              install, or replace an installed copy
#     ./install.sh --uninstall  remove everything it installed (your events stay: they are in
#                               ~/.local/share/roundtable, which this never touches)
# The installed copy keeps this script, so ~/.local/opt/roundtable/install.sh --uninstall works
# after the tarball is gone.
#
# What goes where (PREFIX=~/.local unless set; XDG_DATA_HOME=PREFIX/share unless set):
#   PREFIX/opt/roundtable/                      the app folder
#   PREFIX/bin/roundtable, roundtable-gui       symlinks into it
#   DATA/applications/app.roundtable.Roundtable.desktop   menu entry, Exec = the installed
#                                               roundtable-gui
#   DATA/icons/hicolor/<size>/apps/...          the icons
#   DATA/metainfo/app.roundtable.Roundtable.metainfo.xml  for software centres
set -euo pipefail

APP_ID=app.roundtable.Roundtable
PREFIX="${PREFIX:-$HOME/.local}"
DATA="${XDG_DATA_HOME:-$PREFIX/share}"
APP_DIR="$PREFIX/opt/roundtable"
BIN_DIR="$PREFIX/bin"
HERE="$(cd "$(dirname "$0")" && pwd)"

refresh_caches() {  # menus and icon themes notice the change at once where these tools exist
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
    fi
}

icon_files() {  # the icons' paths relative to hicolor/, from wherever the list is read
    (cd "$1" && find . -path "./hicolor/*/apps/$APP_ID.*" -type f | sed 's|^\./hicolor/||')
}

uninstall_app() {
    local listed="$APP_DIR/icons"
    if [ -d "$listed" ]; then
        icon_files "$listed" | while read -r icon; do
            rm -f "$DATA/icons/hicolor/$icon"
        done
    fi
    for name in roundtable roundtable-gui; do
        if [ -L "$BIN_DIR/$name" ] && [[ "$(readlink "$BIN_DIR/$name")" == "$APP_DIR/"* ]]; then
            rm -f "$BIN_DIR/$name"
        fi
    done
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    rm -rf "$APP_DIR"
    refresh_caches
    echo "Roundtable removed from $PREFIX (your events in ~/.local/share/roundtable are kept)"
}

install_app() {
    if [ ! -x "$HERE/roundtable/roundtable-gui" ]; then
        echo "install.sh: run it from the unpacked tarball (no roundtable/ folder beside it)" >&2
        exit 2
    fi
    case "$APP_DIR" in
        *[\"\\\`\$]*) echo "install.sh: cannot install under a path holding \" \\ \` or \$" >&2
                      exit 2 ;;
    esac
    rm -rf "$APP_DIR.new"
    mkdir -p "$APP_DIR.new" "$BIN_DIR" "$DATA/applications" "$DATA/metainfo"
    cp -a "$HERE/roundtable/." "$APP_DIR.new/"
    cp -a "$HERE/icons" "$APP_DIR.new/icons"  # kept so --uninstall knows which icons to remove
    install -m 755 "$0" "$APP_DIR.new/install.sh"
    rm -rf "$APP_DIR"
    mv "$APP_DIR.new" "$APP_DIR"

    ln -sfn "$APP_DIR/roundtable" "$BIN_DIR/roundtable"
    ln -sfn "$APP_DIR/roundtable-gui" "$BIN_DIR/roundtable-gui"
    icon_files "$HERE/icons" | while read -r icon; do
        mkdir -p "$(dirname "$DATA/icons/hicolor/$icon")"
        cp "$HERE/icons/hicolor/$icon" "$DATA/icons/hicolor/$icon"
    done
    # The menu entry starts this copy, wherever ~/.local/bin is (or is not) on PATH.
    sed -e "s|^Exec=[^ ]*|Exec=\"$APP_DIR/roundtable-gui\"|" \
        -e "s|^TryExec=.*|TryExec=$APP_DIR/roundtable-gui|" \
        "$HERE/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
    cp "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
    refresh_caches
    echo "Roundtable installed in $APP_DIR; start it from the menu or with $BIN_DIR/roundtable-gui"
    case ":$PATH:" in
        *":$BIN_DIR:"*) ;;
        *) echo "(add $BIN_DIR to PATH to type roundtable in a terminal)" ;;
    esac
}

case "${1:-}" in
    "") install_app ;;
    --uninstall) uninstall_app ;;
    *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
