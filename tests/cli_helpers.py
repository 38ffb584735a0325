"""The ``roundtable`` command run inside the test process: what a user sees, minus the start-up.

A new interpreter per call cost about a second each (Python, SQLAlchemy, the migrations, and for
a PDF reportlab and the fonts), and the CLI tests make hundreds of calls. ``run_cli`` calls
``roundtable.cli.main`` instead and hands back what a subprocess would have: the exit code,
stdout and stderr. The few things only a separate process can show (the console entry point,
no traceback on a real crash path, which modules a command imports, no display) stay
subprocess tests.

``main`` closes every Store its command opened, so nothing is left holding the writers' lock
or counted as open by the export guard between calls (test_cli.py checks that).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import chdir, contextmanager, nullcontext, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from roundtable.cli import main


@dataclass(frozen=True)
class CliResult:
    """The fields of ``subprocess.CompletedProcess`` the tests read."""

    returncode: int
    stdout: str
    stderr: str


@contextmanager
def _environment(changes: dict[str, str | None]) -> Iterator[None]:
    """``os.environ`` with ``changes`` (None removes a name), put back afterwards."""
    saved = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_cli(
    *argv: str | Path, env: dict[str, str | None] | None = None, cwd: Path | None = None
) -> CliResult:
    """``roundtable *argv`` in this process, in the folder ``cwd`` if given; ``$ROUNDTABLE_DB``
    is unset unless ``env`` sets it.

    ``main`` turns an unexpected exception into one "internal error" line, as in a process of
    its own; with ``$ROUNDTABLE_DEBUG`` set it escapes and fails the test with its traceback."""
    out, err = io.StringIO(), io.StringIO()
    changes: dict[str, str | None] = {"ROUNDTABLE_DB": None, **(env or {})}
    with (
        _environment(changes),
        chdir(cwd) if cwd is not None else nullcontext(),
        redirect_stdout(out),
        redirect_stderr(err),
    ):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exit_:  # argparse: --help, --version, a usage error
            code = exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
    return CliResult(code, out.getvalue(), err.getvalue())


def run_db(
    db: Path | str,
    *args: str | Path,
    env: dict[str, str | None] | None = None,
    cwd: Path | None = None,
) -> CliResult:
    """``roundtable --db DB *args`` in this process."""
    return run_cli("--db", db, *args, env=env, cwd=cwd)


def assert_clean_error(result, text: str) -> None:
    """Failed, with one line on stderr that says ``text`` and no traceback."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert text in lines[0]
