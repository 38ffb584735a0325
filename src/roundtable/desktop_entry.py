"""The menu entry, icons and AppStream metadata for a pip install on Linux.

A wheel cannot put files under ``~/.local/share``, so after ``pip install roundtable`` the app
has no menu entry and no icon. ``roundtable --install-desktop-entry`` writes them where the
freedesktop specifications look for one user's applications (``$XDG_DATA_HOME``, by default
``~/.local/share``): the ``.desktop`` file in ``applications/``, the icon in every size the
package ships in ``icons/hicolor/``, and the metainfo in ``metainfo/``. The files are the ones
in ``resources/desktop/`` (the same ones distributions and the frozen build install); only the
desktop file's ``Exec`` and ``TryExec`` are pointed at this installation, because a venv's or
``pip --user``'s scripts folder is often not on the menu's PATH.
``--uninstall-desktop-entry`` removes exactly those files again.

No Qt here: the command runs where no display exists (over ssh, in a container's build step).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable, Mapping
from pathlib import Path

from roundtable import APP_ID
from roundtable.atomic_write import write_bytes_atomically
from roundtable.errors import UserError
from roundtable.resource_files import resource_path

GUI_SCRIPT = "roundtable-gui"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"

# Exec's quoting (Desktop Entry spec, "The Exec key"): an argument holding any of these is
# quoted, and inside the quotes these four are escaped with a backslash.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED_IN_QUOTES = '"`$\\'

EXIT_NOT_LINUX = 2


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or relative (the spec says a
    relative value is invalid and must be ignored)."""
    value = (os.environ if environ is None else environ).get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def gui_command() -> list[str]:
    """How a menu starts this installation's window: the ``roundtable-gui`` script pip wrote
    (beside the interpreter in a venv, in the scheme's or the user's scripts folder, or on
    PATH), else this interpreter running the package."""
    folders = [
        Path(sys.executable).parent,  # not resolved: a venv's python is a symlink out of it
        Path(sysconfig.get_path("scripts")),
        Path(sysconfig.get_path("scripts", f"{os.name}_user")),
    ]
    for folder in folders:
        script = folder / GUI_SCRIPT
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script.absolute())]
    found = shutil.which(GUI_SCRIPT)
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "roundtable"]


def _escape_string(value: str) -> str:
    """A desktop file's string escapes, which apply to every value, Exec's included."""
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def exec_argument(argument: str) -> str:
    """One argument of Exec: quoted when it must be, ``%`` doubled (it starts a field code)."""
    argument = argument.replace("%", "%%")
    if any(ch in _EXEC_RESERVED for ch in argument):
        quoted = "".join("\\" + ch if ch in _EXEC_ESCAPED_IN_QUOTES else ch for ch in argument)
        argument = f'"{quoted}"'
    return _escape_string(argument)


def desktop_file_text(template: str, command: list[str]) -> str:
    """The shipped desktop file with Exec and TryExec naming ``command``'s program."""
    exec_value = " ".join(exec_argument(a) for a in command)
    text, execs = re.subn(
        r"^Exec=.*$", lambda _m: f"Exec={exec_value}", template, count=1, flags=re.M
    )
    text, try_execs = re.subn(
        r"^TryExec=.*$", lambda _m: f"TryExec={_escape_string(command[0])}", text,
        count=1, flags=re.M,
    )  # fmt: skip
    if (execs, try_execs) != (1, 1):
        raise ValueError(f"{DESKTOP_FILE} has no Exec or no TryExec line to point at the app")
    return text


def _icon_sources() -> dict[Path, Path]:
    """Icon files by their path under ``icons/hicolor``: the source SVG as the scalable icon
    (render_icons.sh copies it there unchanged) and each rendered PNG the package ships."""
    icons = resource_path("icons")
    sources = {Path("scalable", "apps", f"{APP_ID}.svg"): icons / "roundtable.svg"}
    for png in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        sources[png.relative_to(icons / "hicolor")] = png
    return sources


def _targets(home: Path) -> dict[Path, Path | None]:
    """Every file the entry consists of, by where it goes; None where the text is made here."""
    desktop = resource_path("desktop")
    targets: dict[Path, Path | None] = {
        home / "applications" / DESKTOP_FILE: None,
        home / "metainfo" / METAINFO_FILE: desktop / METAINFO_FILE,
    }
    for relative, source in _icon_sources().items():
        targets[home / "icons" / "hicolor" / relative] = source
    return targets


def _refresh_caches(home: Path, say: Callable[[str], None]) -> None:
    """Menus and icon themes that keep caches see the change now, not at the next login. The
    tools are optional (many desktops watch the folders instead), so a missing or failing one
    is said and passed over."""
    commands = (
        ["update-desktop-database", "-q", str(home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")],
    )
    for command in commands:
        if shutil.which(command[0]) is None:
            continue
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            say(f"{command[0]} did not run ({exc}); the menu updates at the next login")
            continue
        if result.returncode == 0:
            say(f"ran {command[0]}")
        else:
            last = (result.stderr.strip().splitlines() or ["no message"])[-1]
            say(f"{command[0]} failed ({last}); the menu updates at the next login")


def _refuse_unless_linux(option: str) -> int | None:
    if sys.platform.startswith("linux"):
        return None
    print(
        f"roundtable: {option} is for Linux desktops (freedesktop menus); "
        f"this system is {sys.platform}",
        file=sys.stderr,
    )
    return EXIT_NOT_LINUX


def install(environ: Mapping[str, str] | None = None) -> int:
    """Write the entry for this installation and say each file; 2 on anything but Linux."""
    refused = _refuse_unless_linux("--install-desktop-entry")
    if refused is not None:
        return refused
    home = data_home(environ)
    command = gui_command()
    template = resource_path("desktop", DESKTOP_FILE).read_text(encoding="utf-8")
    for target, source in _targets(home).items():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"cannot create {target.parent}: {exc.strerror}") from exc
        if source is None:
            data = desktop_file_text(template, command).encode("utf-8")
        else:
            data = source.read_bytes()
        write_bytes_atomically(target, data)
        print(f"wrote {target}")
    print(f"the menu entry starts: {' '.join(command)}")
    _refresh_caches(home, print)
    return 0


def uninstall(environ: Mapping[str, str] | None = None) -> int:
    """Remove the files install() writes (the folders stay: they are shared); 2 off Linux."""
    refused = _refuse_unless_linux("--uninstall-desktop-entry")
    if refused is not None:
        return refused
    home = data_home(environ)
    removed = 0
    for target in _targets(home):
        if target.is_file() or target.is_symlink():
            try:
                target.unlink()
            except OSError as exc:
                raise UserError(f"cannot remove {target}: {exc.strerror}") from exc
            print(f"removed {target}")
            removed += 1
    if removed == 0:
        print(f"no Roundtable menu entry under {home}")
        return 0
    _refresh_caches(home, print)
    return 0
