"""Checks on the files distributions install: desktop entry, AppStream metadata and icons.

Packagers reject a desktop file or metainfo that fails the freedesktop validators, and a desktop
shows a blank icon when a PNG is missing or has the wrong size, none of which the rest of the
suite would notice. The validators run only where they are installed (CI installs them), the
file checks run everywhere.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "app.roundtable.Roundtable"
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _run_validator(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which the PNG spec requires to come first."""
    with path.open("rb") as f:
        head = f.read(24)
    signature, _length, chunk, width, height = struct.unpack(">8sI4sII", head)
    assert signature == PNG_SIGNATURE, f"{path} is not a PNG"
    assert chunk == b"IHDR", f"{path} has no IHDR chunk first"
    return width, height


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = _run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = _run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_with_its_size(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file(), f"missing {path.relative_to(ROOT)}; run tools/render_icons.sh"
    assert _png_size(path) == (size, size)


def test_scalable_icon_is_the_source_svg() -> None:
    """The installed SVG must not drift from the one the PNGs are rendered from."""
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "roundtable.svg").read_bytes()


def test_window_icon_is_the_app_icon() -> None:
    """One copy of the icon: the window takes it from the shipped resources."""
    from roundtable.gui.common.icons import APP_ICON

    assert APP_ICON.read_bytes() == (ICONS / "roundtable.svg").read_bytes()
    assert not list((ROOT / "src").rglob("roundtable.svg")), "a second copy of the icon"


def test_icon_svg_is_square_and_self_contained() -> None:
    """Icon themes scale the SVG anywhere: no fonts, text or files it could fail to find."""
    root = ET.parse(ICONS / "roundtable.svg").getroot()
    _x, _y, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert width == height
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        assert tag not in {"text", "tspan", "image", "font", "foreignObject", "style"}, tag
        for name, value in element.attrib.items():
            if name.endswith("href"):
                assert value.startswith("#"), f"external reference {value!r}"
            assert "url(" not in value or value.startswith("url(#"), value
            assert "font" not in name, name


def test_desktop_file_points_at_the_icon_and_the_console_script() -> None:
    entry = _desktop_entry()
    scripts = _pyproject()["project"]["scripts"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] in scripts
    assert (ICONS / "hicolor" / "scalable" / "apps" / f"{entry['Icon']}.svg").is_file()


def test_metainfo_matches_desktop_file_and_project() -> None:
    root = ET.parse(METAINFO).getroot()
    project = _pyproject()["project"]
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("project_license") == project["license"]
    assert root.findtext("provides/binary") in project["scripts"]
    versions = [r.get("version") for r in root.iterfind("releases/release")]
    assert project["version"] in versions, "add a <release> for the version in pyproject.toml"


def test_every_package_is_listed_for_installation() -> None:
    """pyproject lists packages by hand (resources/ is mapped in); a new folder must be added."""
    root = Path(__file__).parents[1]
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.relative_to(root / "src").parts)
        for p in (root / "src" / "roundtable").rglob("*")
        if p.is_dir() and any(p.glob("*.py"))
    }
    assert found <= listed, f"add to pyproject's packages: {sorted(found - listed)}"


@pytest.mark.slow  # pip builds a wheel: seconds
def test_an_installed_wheel_finds_its_fonts_and_icons(tmp_path: Path) -> None:
    """The wheel maps resources/ into the package; a checkout never exercises that path."""
    import sys
    import zipfile

    root = Path(__file__).parents[1]
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path / "dist"), str(root)],
        capture_output=True, text=True,
    )  # fmt: skip
    if built.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {built.stderr.strip()[-200:]}")
    wheel = next((tmp_path / "dist").glob("roundtable-*.whl"))
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "from roundtable.resource_files import resource_path; "
        "p = resource_path('fonts', 'DejaVuSans.ttf'); print(p, p.is_file())"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})  # fmt: skip
    assert result.stdout.strip() == f"{site / 'roundtable/resources/fonts/DejaVuSans.ttf'} True", (
        result.stdout + result.stderr
    )
    assert (site / "roundtable/resources/icons/roundtable.svg").is_file()
    assert (site / "roundtable/gui/common/icon-edit-undo.svg").is_file()
    for language in ("ja", "ru", "en"):  # Qt's compiled and wording's readable translations
        assert (site / f"roundtable/resources/translations/roundtable_{language}.qm").is_file()
        assert (site / f"roundtable/resources/translations/roundtable_{language}.ts").is_file()
