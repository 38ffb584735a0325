#!/usr/bin/env bash
# Build the frozen one-folder Roundtable (PyInstaller, packaging/roundtable.spec) on Linux or
# macOS, from a clean checkout.
#
# Python environment: the CURRENT one (an activated venv, or the python3 on PATH; set PYTHON to
# choose another interpreter). The build imports the app's dependencies from it, so what is
# installed there is what ships. Only if something is missing does the script install it there:
# the project's dependencies with `pip install -e .`, PyInstaller with `pip install pyinstaller`.
# For a lean build, use a fresh venv with just those two (test tools such as numpy or pytest are
# excluded by the spec anyway).
#
# Usage: packaging/build.sh [--distpath DIR] [--workpath DIR]
#   --distpath  where the app goes (default: dist/); it holds roundtable/ (the app folder:
#               roundtable-gui, roundtable and _internal/), Roundtable.app on macOS, and on
#               Linux roundtable-<version>-linux-<machine>.tar.gz (the folder, the .desktop
#               and metainfo files, the icons and install.sh; see packaging/README.md)
#   --workpath  PyInstaller's scratch folder (default: build/pyinstaller)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
while [ $# -gt 0 ]; do
    case "$1" in
        --distpath) DIST="$2"; shift 2 ;;
        --workpath) WORK="$2"; shift 2 ;;
        *) echo "build.sh: unknown option $1 (see the header of $0)" >&2; exit 2 ;;
    esac
done
PYTHON="${PYTHON:-$(command -v python3 || command -v python)}"
cd "$ROOT"

if ! "$PYTHON" -c "import roundtable.cli, PySide6.QtPdf, reportlab, alembic" 2>/dev/null; then
    echo "build.sh: installing Roundtable's dependencies into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
    "$PYTHON" -m pip install -e .
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    "$PYTHON" -m pip install "pyinstaller>=6.10"
fi

VERSION="$(PYTHONPATH=src "$PYTHON" -c 'import roundtable; print(roundtable.__version__)')"
echo "build.sh: Roundtable $VERSION into $DIST"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/roundtable.spec

if [ "$(uname -s)" != Linux ]; then
    exit 0
fi

# Python's own libraries come with debug symbols from some builds (pyenv: libpython is 23 MB,
# 6 MB stripped). Only those are stripped: PyInstaller's strip option would also rewrite the
# wheels' libraries that auditwheel patched, which stripping can break.
if command -v strip >/dev/null 2>&1; then
    strip --strip-unneeded "$DIST"/roundtable/_internal/libpython3*.so* \
        "$DIST"/roundtable/_internal/python3*/lib-dynload/*.so
fi

# The Linux tarball: one folder to unpack anywhere, with what install.sh puts under ~/.local.
NAME="roundtable-$VERSION-linux-$(uname -m)"
STAGE="$WORK/$NAME"
rm -rf "$STAGE"
mkdir -p "$STAGE/icons"
cp -a "$DIST/roundtable" "$STAGE/roundtable"
cp resources/desktop/app.roundtable.Roundtable.desktop resources/desktop/app.roundtable.Roundtable.metainfo.xml \
    "$STAGE/"
cp -a resources/icons/. "$STAGE/icons/"
install -m 755 packaging/install-linux.sh "$STAGE/install.sh"
tar -C "$WORK" -czf "$DIST/$NAME.tar.gz" "$NAME"
rm -rf "$STAGE"
echo "build.sh: $DIST/$NAME.tar.gz"
