"""``roundtable --install-desktop-entry``: the menu entry a pip install lacks.

The written desktop file is checked by desktop-file-validate, because its Exec is rewritten for
each installation and a path with a space or a ``%`` must still be one valid argument. The
validator is skipped only off CI (CI installs it, and there a missing one must fail).
"""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable import APP_ID, desktop_entry
from roundtable.cli import main

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
TEMPLATE = Path(__file__).resolve().parents[1] / "resources" / "desktop" / f"{APP_ID}.desktop"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setattr(sys, "platform", "linux")
    return home


def _expected_files(home: Path) -> list[Path]:
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{APP_ID}.desktop",
        home / "metainfo" / f"{APP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES),
    ]


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _desktop_file_validate(path: Path) -> None:
    if shutil.which("desktop-file-validate") is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "desktop-file-validate is missing on CI (apt-get install desktop-file-utils)"
            )
        pytest.skip("desktop-file-validate is not installed")
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == "", result.stdout + result.stderr


def test_install_writes_entry_icons_and_metainfo(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--install-desktop-entry"]) == 0
    out = capsys.readouterr().out
    root = Path(__file__).resolve().parents[1]
    for path in _expected_files(data_home):
        assert path.is_file(), path
        assert f"wrote {path}" in out
    assert (data_home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").read_bytes() == (
        root / "resources/icons/roundtable.svg"
    ).read_bytes()
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        root / "resources/desktop" / f"{APP_ID}.metainfo.xml"
    ).read_bytes()
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    entry = _entry(desktop)
    command = desktop_entry.gui_command()
    assert shlex.split(entry["Exec"]) == command
    assert entry["TryExec"] == command[0]
    assert Path(command[0]).is_absolute()
    assert entry["Icon"] == APP_ID
    _desktop_file_validate(desktop)


def test_everything_but_exec_is_the_shipped_file(data_home: Path) -> None:
    """Distributions, the frozen build and pip users get one entry: only the command differs."""
    assert desktop_entry.install() == 0
    written = _entry(data_home / "applications" / f"{APP_ID}.desktop")
    shipped = _entry(TEMPLATE)
    keep = {key for key in shipped if key not in {"Exec", "TryExec"}}
    assert {key: written[key] for key in keep} == {key: shipped[key] for key in keep}


def test_exec_runs_the_gui_script_beside_the_interpreter(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A venv in a folder with a space, a % and a quote: still one valid argument."""
    bin_dir = tmp_path / 'My Apps 100% "new"' / "bin"
    bin_dir.mkdir(parents=True)
    script = bin_dir / "roundtable-gui"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    assert desktop_entry.gui_command() == [str(script)]
    assert desktop_entry.install() == 0
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    entry = _entry(desktop)
    # The file's string escapes first (a doubled backslash), then Exec's own quoting.
    unescaped = entry["Exec"].replace("\\\\", "\\").replace("%%", "%")
    assert shlex.split(unescaped) == [str(script)]
    assert entry["TryExec"] == str(script)
    _desktop_file_validate(desktop)


def test_exec_falls_back_to_the_interpreter_running_the_package(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No roundtable-gui anywhere (a plain `pip install --target`, say): python -m roundtable."""
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(sys, "executable", str(empty / "python3"))
    monkeypatch.setattr(desktop_entry.sysconfig, "get_path", lambda *_a, **_k: str(empty))
    monkeypatch.setenv("PATH", str(empty))
    assert desktop_entry.gui_command() == [str(empty / "python3"), "-m", "roundtable"]


def test_missing_cache_tools_do_not_fail(
    data_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(desktop_entry.shutil, "which", lambda _name: None)
    assert desktop_entry.install() == 0
    out = capsys.readouterr().out
    assert "update-desktop-database" not in out
    assert (data_home / "applications" / f"{APP_ID}.desktop").is_file()


def test_uninstall_removes_what_install_wrote(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Someone else's icon in the same theme folder stays.
    other = data_home / "icons/hicolor/48x48/apps/org.example.Other.png"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"not ours")
    assert main(["--install-desktop-entry"]) == 0
    capsys.readouterr()
    assert main(["--uninstall-desktop-entry"]) == 0
    out = capsys.readouterr().out
    for path in _expected_files(data_home):
        assert not path.exists(), path
        assert f"removed {path}" in out
    assert other.read_bytes() == b"not ours"
    assert main(["--uninstall-desktop-entry"]) == 0
    assert "no Roundtable menu entry" in capsys.readouterr().out


@pytest.mark.parametrize("option", ["--install-desktop-entry", "--uninstall-desktop-entry"])
@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_refused_off_linux(
    option: str, platform: str, data_home: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setattr(sys, "platform", platform)
    assert main([option]) == 2
    err = capsys.readouterr().err
    assert "is for Linux" in err and platform in err
    assert not data_home.exists()


def test_refused_with_a_command(data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--install-desktop-entry", "events"]) == 1
    assert "take no command" in capsys.readouterr().err
    assert not data_home.exists()


def test_relative_xdg_data_home_is_ignored(tmp_path: Path) -> None:
    """The XDG spec: a relative path in the variable is invalid and must be ignored."""
    assert desktop_entry.data_home({"XDG_DATA_HOME": "relative/share"}) == (
        Path.home() / ".local" / "share"
    )
    assert desktop_entry.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path


def test_unwritable_data_home_is_one_line(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_home.parent.mkdir(exist_ok=True)
    data_home.write_text("a file where the folder should be")
    assert main(["--install-desktop-entry"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("roundtable: error: cannot create") and err.count("\n") == 1
