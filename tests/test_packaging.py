"""Checks on the files distributions install: desktop entry, AppStream metadata and icons.

Packagers reject a desktop file or metainfo that fails the freedesktop validators, and a desktop
shows a blank icon when a PNG is missing or has the wrong size, none of which the rest of the
suite would notice. The validators run only where they are installed (CI installs them, and
there a missing one fails), the file checks run everywhere. The desktop file and metainfo live in
resources/desktop/, once, so the wheel carries them for ``roundtable --install-desktop-entry``.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "app.roundtable.Roundtable"
DESKTOP = ROOT / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
SCREENSHOTS = ROOT / "docs" / "screenshots"
SCREENSHOT_URL = "https://roundtable.app/screenshots/"
# What `appstreamcli validate --pedantic` may still say (its tag and first word), and why:
PEDANTIC_ALLOWED = {
    # The id has been app.roundtable.Roundtable since the first release (desktop file, icons,
    # Qt's desktop file name); renaming it would orphan every installed entry.
    "cid-contains-uppercase-letter app.roundtable.Roundtable",
    # <developer> is AppStream 1.0's; 0.16 (Debian 12) does not know it yet and says so.
    "unknown-tag developer",
}
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _run_validator(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} is missing on CI (.ci/run installs desktop-file-utils, appstream)")
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
    assert result.stdout + result.stderr == "", "no warnings or hints either"


def test_metainfo_passes_appstreamcli_validate_pedantic() -> None:
    result = _run_validator("appstreamcli", "validate", "--pedantic", "--no-net", str(METAINFO))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    said = re.findall(r"^[EWIP]: \S+ ([a-z-]+ \S+)", output, flags=re.M)
    assert set(said) <= PEDANTIC_ALLOWED, output


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


def test_desktop_file_points_at_the_icon_and_the_gui_script() -> None:
    """The window's own entry point (no console on Windows), and no field code: the app takes
    no files on its command line (--db is an option), so a menu must not hand it any."""
    entry = _desktop_entry()
    gui_scripts = _pyproject()["project"]["gui-scripts"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] in gui_scripts
    assert entry["TryExec"] == entry["Exec"]
    assert "%" not in entry["Exec"]
    assert (ICONS / "hicolor" / "scalable" / "apps" / f"{entry['Icon']}.svg").is_file()


def test_desktop_file_speaks_the_interface_languages() -> None:
    """The menu reads in the languages the interface has (resources/translations)."""
    entry = _desktop_entry()
    languages = sorted(
        p.stem.removeprefix("roundtable_")
        for p in (ROOT / "resources" / "translations").glob("roundtable_*.qm")
        if p.stem != "roundtable_en"
    )
    assert languages == ["ja", "ru"]
    for key in ("GenericName", "Comment", "Keywords"):
        for language in languages:
            assert entry[f"{key}[{language}]"].strip(), f"{key}[{language}]"


def test_one_copy_of_the_desktop_file_and_metainfo() -> None:
    names = {DESKTOP.name, METAINFO.name}
    copies = [p for p in ROOT.rglob("*") if p.name in names and ".git" not in p.parts]
    copies = [p for p in copies if not {"build", "dist", ".venv"} & set(p.relative_to(ROOT).parts)]
    assert sorted(copies) == sorted([DESKTOP, METAINFO])


def test_metainfo_matches_desktop_file_and_project() -> None:
    root = ET.parse(METAINFO).getroot()
    project = _pyproject()["project"]
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("project_license") == project["license"]
    binaries = {b.text for b in root.iterfind("provides/binary")}
    assert binaries == set(project["scripts"]) | set(project["gui-scripts"])
    releases = list(root.iterfind("releases/release"))
    versions = [r.get("version") for r in releases]
    assert project["version"] in versions, "add a <release> for the version in pyproject.toml"
    assert [r.get("date") for r in releases] == sorted(
        (r.get("date") for r in releases), reverse=True
    ), "newest release first"
    for release in releases:
        assert release.find("description/p") is not None, release.get("version")


def test_metainfo_urls_are_the_project_links() -> None:
    from roundtable import project_links

    root = ET.parse(METAINFO).getroot()
    urls = {u.get("type"): u.text for u in root.iterfind("url")}
    assert urls["homepage"] == project_links.HOMEPAGE
    assert urls["bugtracker"] == project_links.BUG_TRACKER
    assert urls["contact"] == project_links.DEFAULT_SUPPORT
    assert urls["help"].startswith(project_links.HOMEPAGE)


def test_metainfo_screenshots_are_the_docs_screenshots() -> None:
    """Each screenshot is a file in docs/screenshots/ (published under the site's screenshots/),
    with its real size and a caption; one is the default."""
    root = ET.parse(METAINFO).getroot()
    screenshots = list(root.iterfind("screenshots/screenshot"))
    assert 3 <= len(screenshots) <= 5
    assert [s.get("type") for s in screenshots].count("default") == 1
    for screenshot in screenshots:
        assert (screenshot.findtext("caption") or "").strip()
        image = screenshot.find("image")
        assert image is not None and image.text is not None
        assert image.text.startswith(SCREENSHOT_URL), image.text
        local = SCREENSHOTS / image.text.removeprefix(SCREENSHOT_URL)
        assert local.is_file(), f"{image.text} is not a file of docs/screenshots/"
        assert _png_size(local) == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_metainfo_content_rating_says_none() -> None:
    """No network, chat, purchases or violence: every attribute said is 'none'."""
    rating = ET.parse(METAINFO).getroot().find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    assert {a.text for a in rating.iterfind("content_attribute")} == {"none"}


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
    # What --install-desktop-entry installs from: the entry, the metainfo and every icon size.
    for name in (DESKTOP.name, METAINFO.name):
        assert (site / "roundtable/resources/desktop" / name).is_file(), f"{name}: see package-data"
    for size in ICON_SIZES:
        icon = f"roundtable/resources/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert (site / icon).is_file(), icon
    share = tmp_path / "share"
    installed = subprocess.run(
        [sys.executable, "-c", "from roundtable.desktop_entry import install; install()"],
        capture_output=True, text=True,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(share),
             "HOME": str(tmp_path)},
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (share / "applications" / DESKTOP.name).is_file()
    assert (share / "icons/hicolor/512x512/apps" / f"{APP_ID}.png").is_file()
    assert (site / "roundtable/gui/common/icon-edit-undo.svg").is_file()
    for language in ("ja", "ru", "en"):  # Qt's compiled and wording's readable translations
        assert (site / f"roundtable/resources/translations/roundtable_{language}.qm").is_file()
        assert (site / f"roundtable/resources/translations/roundtable_{language}.ts").is_file()
