"""The frozen app, built by packaging/build.sh and run as someone without Python would run it.

The build (PyInstaller, about a minute) happens once for the module; every test then runs the
frozen programs in a scratch home, so nothing here reads the developer's own settings or events.
What is checked is what a naive build got wrong: the migrations, fonts, schema, icons and Qt
plugins the app loads from disk at run time, and the window starting without a console.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable import APP_ID, __version__

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh's Linux build"),
]

ROOT = Path(__file__).resolve().parents[1]
EVENT = "dc-policy-forum-russia-us-japan-alliance-2018"  # a demo event with participants
IN_CI = os.environ.get("CI") == "true"


def _need(available: bool, what: str) -> None:
    """Skip without ``what`` on a developer's machine; under CI a missing tool is a failure."""
    if not available:
        if IN_CI:
            pytest.fail(f"{what} is missing under CI=true")
        pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _need(
        importlib.util.find_spec("PyInstaller") is not None,
        "PyInstaller (pip install -e '.[test]')",
    )
    base = tmp_path_factory.mktemp("frozen")
    built = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh"), "--distpath", str(base / "dist"),
         "--workpath", str(base / "work")],
        cwd=ROOT, env={**os.environ, "PYTHON": sys.executable},
        capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    return base / "dist"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A scratch user: settings, data, logs and cache in a temporary folder, no display."""
    base = tmp_path_factory.mktemp("home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROUNDTABLE_")}
    env.update(
        HOME=str(base),
        XDG_CONFIG_HOME=str(base / "config"),
        XDG_DATA_HOME=str(base / "data"),
        XDG_STATE_HOME=str(base / "state"),
        XDG_CACHE_HOME=str(base / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(program: Path, *args: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [str(program), *map(str, args)], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{program.name} {args}: {done.stdout}{done.stderr}"
    return done


@pytest.fixture(scope="module")
def cli(dist: Path) -> Path:
    return dist / "roundtable" / "roundtable"


@pytest.fixture(scope="module")
def demo_db(cli: Path, home: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example events loaded into a new file: creating it runs every migration."""
    db = tmp_path_factory.mktemp("db") / "demo.sqlite3"
    run(cli, "--db", db, "demo", env=home)
    return db


def embedded(pdf: Path) -> dict[str, bool]:
    """pdffonts' table: each font's name and whether it is embedded."""
    _need(shutil.which("pdffonts") is not None, "pdffonts (poppler-utils)")
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    header, rule, *rows = out.stdout.splitlines()
    start = header.index("emb")
    return {row.split()[0]: row[start : start + 3] == "yes" for row in rows}


def test_version(cli: Path, home: dict[str, str]) -> None:
    assert run(cli, "--version", env=home).stdout.strip() == f"roundtable {__version__}"


def test_demo_makes_a_current_database(cli: Path, home: dict[str, str], demo_db: Path) -> None:
    checked = run(cli, "--db", demo_db, "check", env=home).stdout
    assert "integrity:     ok" in checked
    assert "(current)" in checked
    assert EVENT in run(cli, "--db", demo_db, "events", env=home).stdout


@pytest.mark.parametrize("kind", ["agenda", "namecards"])
def test_pdf_exports_embed_every_font(
    cli: Path, home: dict[str, str], demo_db: Path, tmp_path: Path, kind: str
) -> None:
    pdf = tmp_path / f"{kind}.pdf"
    run(cli, "--db", demo_db, "export", kind, "-o", pdf, EVENT, env=home)
    fonts = embedded(pdf)
    assert fonts, "the PDF names no fonts"
    assert all(fonts.values()), fonts


def test_bundle_round_trip(cli: Path, home: dict[str, str], demo_db: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "event.json"
    other = tmp_path / "other.sqlite3"
    run(cli, "--db", demo_db, "export", "bundle", "-o", bundle, EVENT, env=home)
    run(cli, "--db", other, "import", "bundle", bundle, env=home)  # checked against the schema
    checked = run(cli, "--db", other, "check", env=home).stdout
    assert "integrity:     ok" in checked
    assert EVENT in run(cli, "--db", other, "events", env=home).stdout


def test_window_starts_offscreen(dist: Path, home: dict[str, str], demo_db: Path) -> None:
    env = {**home, "ROUNDTABLE_QUIT_AFTER_START": "1"}
    started = run(dist / "roundtable" / "roundtable-gui", "--db", demo_db, env=env)
    assert "roundtable-ready" in started.stderr


def test_tarball_installs_and_uninstalls_under_local(dist: Path, tmp_path: Path) -> None:
    (tarball,) = dist.glob(f"roundtable-{__version__}-linux-*.tar.gz")
    subprocess.run(["tar", "-C", str(tmp_path), "-xzf", str(tarball)], check=True)
    unpacked = tmp_path / tarball.name.removesuffix(".tar.gz")
    user = tmp_path / "user"
    env = {k: v for k, v in os.environ.items() if k not in {"PREFIX", "XDG_DATA_HOME"}}
    env["HOME"] = str(user)
    local = user / ".local"
    share = local / "share"
    app = local / "opt" / "roundtable"

    subprocess.run([str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{app / "roundtable-gui"}"' in desktop.read_text()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (local / "bin" / "roundtable-gui").resolve() == app / "roundtable-gui"
    version = run(local / "bin" / "roundtable", "--version", env=env).stdout
    assert version.strip() == f"roundtable {__version__}"
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert validated.returncode == 0, validated.stdout + validated.stderr

    subprocess.run([str(app / "install.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)  # fmt: skip
    assert not app.exists()
    assert not desktop.exists()
    assert not (local / "bin" / "roundtable").is_symlink()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
