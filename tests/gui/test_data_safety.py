"""Data safety as the user meets it: one app per database, damaged files at start-up, backups
and restores from the File menu, read-only windows, and writes that fail half-way.

Every question is answered by replacing its ``ask_*``/``get_*`` function or QMessageBox static
(see conftest), so nothing here can block on a modal dialog.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from gui_samples import standalone, trilateral
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event as sa_event

from roundtable.domain.records import AttachmentRecord
from roundtable.errors import ReadOnlyError, UnusableDatabaseError
from roundtable.gui.common.signals import emit
from roundtable.gui.events import event_editor
from roundtable.gui.shell import app as gui_app
from roundtable.gui.shell import main_window, restore_dialog, safety_dialogs
from roundtable.gui.shell.main_window import READ_ONLY_NOTE, MainWindow
from roundtable.gui.shell.session import (
    DamagedChoice,
    DatabaseSession,
    NotOpened,
    SecondInstanceChoice,
    open_session,
)
from roundtable.gui.shell.single_instance import RAISE_REQUEST, bring_forward, request_raise
from roundtable.store.backups import BackupInfo, list_backups
from roundtable.store.facade import Store
from roundtable.store.instance_lock import DatabaseLock, lock_path, server_name

# -- helpers ----------------------------------------------------------------------------------


def make_database(path: Path, titles: list[str]) -> None:
    store = Store.open(str(path), daily_backup=False)
    for title in titles:
        store.save_event(standalone(title))
    store.close()  # the last connection checkpoints the WAL: everything is in the one file


def titles(store: Store) -> list[str]:
    return sorted(e.title for e in store.list_events())


def answer(monkeypatch, module, name: str, *answers):
    """Replace ``module.name`` with a recorder that returns ``answers`` in turn."""
    calls: list[tuple] = []
    queue = list(answers)

    def fake(*args, **kwargs):
        calls.append((args, kwargs))
        return queue.pop(0) if len(queue) > 1 else queue[0]

    monkeypatch.setattr(module, name, fake)
    return calls


def forbid(monkeypatch, module, name: str) -> None:
    def fail(*_args, **_kwargs):
        raise AssertionError(f"{name} must not be asked")

    monkeypatch.setattr(module, name, fail)


@pytest.fixture
def held(tmp_path):
    """A database with two events, held open (locked) by "another app": this test."""
    path = tmp_path / "events.sqlite3"
    make_database(path, ["Arctic briefing", "Baltic roundtable"])
    lock = DatabaseLock(path)
    assert lock.acquire()
    yield path, lock
    lock.release()


@pytest.fixture
def session_window(qtbot, settings):
    """Builds a MainWindow on a session and closes the session after the test."""
    opened: list[DatabaseSession] = []

    def build(session: DatabaseSession) -> MainWindow:
        opened.append(session)
        main = MainWindow(session, settings)
        qtbot.addWidget(main)
        main.resize(1000, 700)
        main.show()
        return main

    yield build
    for session in opened:
        session.close()


# -- one app per database ---------------------------------------------------------------------


def test_second_app_is_told_who_has_the_file_and_can_open_it_read_only(
    held, monkeypatch, session_window
):
    path, _lock = held
    asked = answer(
        monkeypatch, safety_dialogs, "ask_second_instance", SecondInstanceChoice.READ_ONLY
    )
    session = open_session(str(path))
    ((args, _kwargs),) = asked
    _parent, asked_path, holder, _note = args
    assert asked_path == path and holder["pid"] == os.getpid()
    assert session.read_only and session.lock is None

    window = session_window(session)
    assert window.windowTitle() == "Roundtable — events.sqlite3 (read-only)"
    assert window.read_only_banner.isVisible()
    assert READ_ONLY_NOTE in window.read_only_label.text()
    assert window.access_label.isVisible()
    assert window.selected_event_id() is not None
    for action in (window.new_action, window.edit_action, window.duplicate_action,
                   window.delete_action, window.import_action, window.load_examples_action,
                   window.restore_action):  # fmt: skip
        assert not action.isEnabled(), action.text()
    assert window.export_action.isEnabled() and window.backup_action.isEnabled()
    monkeypatch.setattr(event_editor, "get_event", lambda *_a: pytest.fail("editor opened"))
    window.edit_event()
    emit(window.tree.doubleClicked, window.tree.currentIndex())
    with pytest.raises(ReadOnlyError):
        session.store.save_event(standalone("Sneaked in"))
    assert titles(session.store) == ["Arctic briefing", "Baltic roundtable"]


def test_read_only_empty_database_offers_no_buttons_that_write(
    tmp_path, monkeypatch, session_window
):
    path = tmp_path / "empty.sqlite3"
    make_database(path, [])
    with DatabaseLock(path) as lock:
        assert lock.acquire()
        answer(monkeypatch, safety_dialogs, "ask_second_instance", SecondInstanceChoice.READ_ONLY)
        window = session_window(open_session(str(path)))
        assert window.central.currentWidget() is window.empty_state
        assert not window.empty_state.new_button.isEnabled()
        assert not window.empty_state.load_button.isEnabled()


def test_bring_that_window_forward_reaches_the_first_app_and_quits(
    qtbot, held, monkeypatch, dialogs
):
    path, _lock = held
    received: list[bytes] = []
    server = QLocalServer()
    QLocalServer.removeServer(server_name(path))
    assert server.listen(server_name(path))

    def accept():
        socket = server.nextPendingConnection()
        socket.waitForReadyRead(1000)
        received.append(bytes(socket.readAll().data()))

    server.newConnection.connect(accept)
    answer(monkeypatch, safety_dialogs, "ask_second_instance", SecondInstanceChoice.RAISE)
    forbid(monkeypatch, main_window, "MainWindow")  # this app opens no window of its own
    assert gui_app.run(str(path)) == 0
    qtbot.waitUntil(lambda: received == [RAISE_REQUEST], timeout=2000)
    assert dialogs.calls == []
    server.close()


def test_a_first_app_that_cannot_be_reached_is_explained(held, monkeypatch):
    path, _lock = held  # no server listens: the holder is stuck or on another computer
    asked = answer(
        monkeypatch,
        safety_dialogs,
        "ask_second_instance",
        SecondInstanceChoice.RAISE,
        SecondInstanceChoice.CANCEL,
    )
    with pytest.raises(NotOpened) as declined:
        open_session(str(path))
    assert declined.value.status == 0
    first_note, second_note = (args[3] for args, _kwargs in asked)
    assert first_note == ""
    assert "could not be reached" in second_note and f"process {os.getpid()}" in second_note


def test_cancel_leaves_quietly(held, monkeypatch, dialogs):
    path, lock = held
    answer(monkeypatch, safety_dialogs, "ask_second_instance", SecondInstanceChoice.CANCEL)
    assert gui_app.run(str(path)) == 0
    assert dialogs.calls == []
    assert lock.held and lock.holder()["pid"] == os.getpid()


def test_the_app_holding_the_lock_comes_forward_when_asked(qtbot, tmp_path, session_window):
    path = tmp_path / "events.sqlite3"
    session = open_session(str(path))
    window = session_window(session)
    raised: list[bool] = []
    assert session.listen(lambda: raised.append(True))
    assert request_raise(server_name(path))
    qtbot.waitUntil(lambda: raised == [True], timeout=2000)

    window.showMinimized()
    bring_forward(window)
    assert not window.isMinimized()


def test_a_stale_lock_and_socket_left_by_a_crash_are_taken_over_silently(
    tmp_path, monkeypatch, dialogs
):
    path = tmp_path / "events.sqlite3"
    make_database(path, ["Arctic briefing"])
    # What a crashed app leaves: its lock file (the kernel dropped the lock itself) and the
    # file of its local socket.
    lock_path(path).write_text(
        json.dumps({"pid": 999_999_999, "host": "here", "since": "2026-01-05T09:00:00"})
    )
    stale_socket = socket.socket(socket.AF_UNIX)
    stale_socket.bind(str(Path(QDir.tempPath()) / server_name(path)))
    stale_socket.close()  # the socket file stays, with nobody listening
    forbid(monkeypatch, safety_dialogs, "ask_second_instance")

    session = open_session(str(path))
    try:
        assert session.lock is not None and session.lock.held and not session.read_only
        assert session.lock.holder()["pid"] == os.getpid()
        assert session.listen(lambda: None)  # the stale socket did not stop the server
        assert titles(session.store) == ["Arctic briefing"]
    finally:
        session.close()
    assert not DatabaseLock(path).holder()  # released on the way out
    assert dialogs.calls == []


def test_switch_to_editing_once_the_other_app_has_quit(held, monkeypatch, session_window, dialogs):
    path, lock = held
    answer(monkeypatch, safety_dialogs, "ask_second_instance", SecondInstanceChoice.READ_ONLY)
    session = open_session(str(path))
    window = session_window(session)
    assert not session.listen(window.bring_forward)  # not while another app has the file

    window.edit_here_button.click()
    (text,) = dialogs.texts("information")
    assert "still has this database open" in text and f"process {os.getpid()}" in text
    assert session.read_only

    lock.release()
    window.edit_here_button.click()
    assert not session.read_only and session.lock is not None and session.lock.held
    assert session.server is not None and session.server.listening
    assert window.windowTitle() == "Roundtable — events.sqlite3"
    assert not window.read_only_banner.isVisible()
    assert window.new_action.isEnabled() and window.edit_action.isEnabled()
    monkeypatch.setattr(
        event_editor, "get_event", lambda _p, _s, record: (_titled(record, "Now editable"), True)
    )
    window.new_event()
    assert "Now editable" in titles(session.store)


def _titled(record, title):
    record.title = title
    return record


def test_second_instance_question_names_the_file_the_time_and_the_process(tmp_path):
    today = datetime.now().replace(hour=14, minute=5, second=0, microsecond=0)
    holder = {"pid": 4242, "since": today.isoformat(), "host": socket.gethostname()}
    box, buttons = safety_dialogs.second_instance_box(None, tmp_path / "x.sqlite3", holder)
    assert box.text() == (
        f"Roundtable is already open on {tmp_path / 'x.sqlite3'} (since 14:05, process 4242)."
    )
    assert [b.text() for b in buttons] == ["Bring that window forward", "Open read-only", "Cancel"]
    assert box.defaultButton().text() == "Bring that window forward"
    assert safety_dialogs.holder_text({**holder, "host": "laptop-7"}).endswith(
        "on the computer “laptop-7”"
    )
    now = datetime(2026, 12, 3, 10)
    assert safety_dialogs.since_text("2026-11-21T14:05:00", now) == "21 Nov, 14:05"
    assert safety_dialogs.since_text("2025-11-21T14:05:00", now) == "21 Nov 2025, 14:05"
    assert safety_dialogs.since_text("garbage", now) == ""


@pytest.mark.parametrize(
    ("label", "choice"),
    [
        ("Bring that window forward", SecondInstanceChoice.RAISE),
        ("Open read-only", SecondInstanceChoice.READ_ONLY),
        ("Cancel", SecondInstanceChoice.CANCEL),
    ],
)
def test_second_instance_buttons_mean_what_they_say(tmp_path, monkeypatch, label, choice):
    click_on_exec(monkeypatch, label)
    assert safety_dialogs.ask_second_instance(None, tmp_path / "x.sqlite3", {}) is choice


def click_on_exec(monkeypatch, label: str) -> None:
    """Instead of running a QMessageBox, click its button labelled ``label``."""

    def fake_exec(box):
        (button,) = [b for b in box.buttons() if b.text() == label]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


# -- damaged and foreign files ----------------------------------------------------------------


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scramble_a_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for page_no in range(2, len(data) // page):  # b-tree pages after the schema page
        start = page_no * page
        data[start : start + 64] = bytes(range(200, 255)) + bytes(9)
    path.write_bytes(bytes(data))


def _newer_schema(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()


DAMAGE = {
    "zero bytes": (lambda p: p.write_bytes(b""), "is empty"),
    "not SQLite": (
        lambda p: p.write_text("Minutes of the March meeting\n" * 50),
        "is not an SQLite",
    ),
    "truncated": (_truncate, ("is damaged", "failed its integrity check")),
    "failed integrity check": (_scramble_a_page, ("is damaged", "failed its integrity check")),
    "newer schema": (_newer_schema, "was written by a newer version"),
}


@pytest.fixture
def with_backup(tmp_path):
    """A database with a good backup of two events, then a third event after the backup."""
    path = tmp_path / "events.sqlite3"
    store = Store.open(str(path), daily_backup=False)
    store.save_event(
        trilateral(1, attachments=[AttachmentRecord("big.pdf", data=os.urandom(40_000))])
    )
    store.save_event(standalone("Baltic roundtable"))
    backup = store.backup_now()
    store.save_event(standalone("After the backup"))
    store.close()
    return path, backup


@pytest.mark.parametrize("case", DAMAGE, ids=list(DAMAGE))
def test_damaged_file_is_named_restored_from_its_backup_and_kept_byte_for_byte(
    with_backup, monkeypatch, dialogs, case
):
    path, backup = with_backup
    damage, reason = DAMAGE[case]
    damage(path)
    damaged_bytes = path.read_bytes()
    asked = answer(monkeypatch, safety_dialogs, "ask_damaged", DamagedChoice.RESTORE_NEWEST)

    session = open_session(str(path))
    try:
        ((args, _kwargs),) = asked
        error = args[1]
        assert isinstance(error, UnusableDatabaseError)
        assert error.path == str(path) and error.reason.startswith(reason)
        assert error.backups[0].path == backup.path
        assert titles(session.store) == sorted(
            ["U.S.-Japan-Russia Trilateral: round 1", "Baltic roundtable"]
        )
    finally:
        session.close()
    (aside,) = [p for p in path.parent.glob("events.sqlite3.damaged-*")
                if not p.name.endswith(("-wal", "-shm"))]  # fmt: skip
    assert aside.read_bytes() == damaged_bytes
    (text,) = dialogs.texts("information")
    assert str(aside) in text and "2 events" in text and str(path) in text


def test_quit_on_a_damaged_file_changes_nothing(with_backup, monkeypatch, dialogs):
    path, _backup = with_backup
    path.write_bytes(b"")
    answer(monkeypatch, safety_dialogs, "ask_damaged", DamagedChoice.QUIT)
    before = sorted(p.name for p in path.parent.rglob("*") if p.suffix != ".lock")
    assert gui_app.run(str(path)) == 1
    assert path.read_bytes() == b""
    after = sorted(p.name for p in path.parent.rglob("*") if p.suffix != ".lock")
    assert after == before
    assert dialogs.calls == []


def test_choose_another_backup_at_start_then_the_app_starts_normally(
    qapp, tmp_path, with_backup, monkeypatch, dialogs
):
    path, newest = with_backup
    older = tmp_path / "backups" / "events-20240102-030405-daily.sqlite3"
    shutil.copy(newest.path, older)
    with sqlite3.connect(older) as connection:
        connection.execute("DELETE FROM event WHERE title = 'Baltic roundtable'")
    connection.close()
    path.write_text("not a database")
    answer(monkeypatch, safety_dialogs, "ask_damaged", DamagedChoice.CHOOSE)
    chosen = answer(
        monkeypatch,
        restore_dialog,
        "get_backup",
        (next(b for b in list_backups(path) if b.path == older), True),
    )
    monkeypatch.setenv(gui_app.QUIT_AFTER_START_ENV, "1")
    assert gui_app.run(str(path)) == 0
    ((args, kwargs),) = chosen
    assert args[1] == path and kwargs["current_problem"] == "is not an SQLite database"
    store = Store.open(str(path), read_only=True, daily_backup=False)
    assert titles(store) == ["U.S.-Japan-Russia Trilateral: round 1"]
    store.close()


def test_a_refused_restore_at_start_is_explained_and_asked_again(
    tmp_path, with_backup, monkeypatch, dialogs
):
    path, _backup = with_backup
    path.write_bytes(b"")
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_text("nope")
    answer(monkeypatch, safety_dialogs, "ask_damaged", DamagedChoice.CHOOSE, DamagedChoice.QUIT)
    answer(
        monkeypatch,
        restore_dialog,
        "get_backup",
        (BackupInfo(bad, datetime.now(), "file", 4, 0), True),
    )
    with pytest.raises(NotOpened) as declined:
        open_session(str(path))
    assert declined.value.status == 1
    (text,) = dialogs.texts("warning")
    assert "is not an SQLite database" in text and "Nothing was changed" in text
    assert path.read_bytes() == b"" and not list(path.parent.glob("*.damaged-*"))


def test_damaged_question_names_file_reason_and_newest_backup(with_backup):
    path, backup = with_backup
    error = UnusableDatabaseError(str(path), "is empty (0 bytes)", [backup])
    box, buttons = safety_dialogs.damaged_box(None, error)
    assert box.text() == f"Roundtable cannot open {path}"
    info = box.informativeText()
    assert "The file is empty (0 bytes)" in info
    assert "The newest good backup is from today" in info and "2 events" in info
    assert "made with File ▸ Back up now" in info and "events.sqlite3.damaged-…" in info
    assert [b.text() for b in buttons] == ["Restore this backup", "Choose another backup…", "Quit"]
    assert box.detailedText() == f"{path} is empty (0 bytes)"

    alone, buttons = safety_dialogs.damaged_box(None, UnusableDatabaseError(str(path), "x", []))
    assert "No good backup of it was found" in alone.informativeText()
    assert [b.text() for b in buttons] == ["Choose a backup…", "Quit"]


@pytest.mark.parametrize(
    ("label", "choice"),
    [
        ("Restore this backup", DamagedChoice.RESTORE_NEWEST),
        ("Choose another backup…", DamagedChoice.CHOOSE),
        ("Quit", DamagedChoice.QUIT),
    ],
)
def test_damaged_buttons_mean_what_they_say(with_backup, monkeypatch, label, choice):
    path, backup = with_backup
    click_on_exec(monkeypatch, label)
    error = UnusableDatabaseError(str(path), "is empty (0 bytes)", [backup])
    assert safety_dialogs.ask_damaged(None, error) is choice


def test_every_problem_is_said_in_plain_words():
    for reason in ("is empty (0 bytes)", "is not an SQLite database",
                   "failed its integrity check (row 3 missing)", "is damaged (malformed)",
                   "was written by a newer version of Roundtable (schema 9)",
                   "is not a Roundtable database (it has other tables)"):  # fmt: skip
        text = safety_dialogs.plain_problem(reason)
        assert "SQLite" not in text and "schema" not in text, reason
        assert text.startswith(("The file", "It was saved")), reason


# -- the backups list -------------------------------------------------------------------------


NOW = datetime(2026, 12, 3, 16, 30)


def sample_backups(folder: Path) -> list[BackupInfo]:
    return [
        BackupInfo(folder / "a.sqlite3", datetime(2026, 12, 3, 14, 5), "manual", 2_400_000, 212),
        BackupInfo(folder / "b.sqlite3", datetime(2026, 12, 2, 9, 12), "daily", 900, 1),
        BackupInfo(folder / "c.sqlite3", datetime(2026, 11, 26, 8, 0), "pre-migration", 5000, 3),
        BackupInfo(folder / "d.sqlite3", datetime(2026, 10, 1, 8, 0), "daily", 12, None),
    ]


def test_backups_model_is_a_proper_model(qtmodeltester, tmp_path):
    model = restore_dialog.BackupsModel(sample_backups(tmp_path))
    qtmodeltester.check(model)
    model.set_backups([])
    qtmodeltester.check(model)


def test_backups_model_texts_roles_and_flags(tmp_path):
    from PySide6.QtCore import Qt

    backups = sample_backups(tmp_path)
    model = restore_dialog.BackupsModel(backups)
    model.now = NOW
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(4)]
    assert rows == [
        ["Today, 14:05", "Back up now", "212 events", "2.3 MB"],
        ["Yesterday, 09:12", "Daily (automatic)", "1 event", "900 bytes"],
        ["Thu 26 Nov 2026, 08:00", "Before an upgrade", "3 events", "5 KB"],
        ["Thu 1 Oct 2026, 08:00", "Daily (automatic)", "unreadable", "12 bytes"],
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Date", "Reason", "Events", "Size",
    ]  # fmt: skip
    first = model.index(0, 0)
    assert first.data(restore_dialog.BACKUP_ROLE) is backups[0]
    assert first.data(restore_dialog.SORT_ROLE) == backups[0].created
    assert model.index(0, 2).data(restore_dialog.SORT_ROLE) == 212
    assert first.data(Qt.ItemDataRole.ToolTipRole) == str(backups[0].path)
    assert model.index(3, 0).data(restore_dialog.RESTORABLE_ROLE) is False
    assert model.flags(model.index(3, 0)) == Qt.ItemFlag.NoItemFlags
    assert model.flags(first) & Qt.ItemFlag.ItemIsSelectable


def test_restore_dialog_lists_newest_first_and_confirms_what_happens(qtbot, store, dialogs):
    folder = store.path.parent / "backups"
    store.save_event(standalone("Arctic briefing"))
    older = store.backup_now(folder / "test-20261201-090000-manual.sqlite3")
    store.save_event(standalone("Baltic roundtable"))
    newer = store.backup_now(folder / "test-20261202-090000-manual.sqlite3")
    shutil.rmtree(folder)
    folder.mkdir()
    for made in (older, newer):  # only these two, without the fixture's daily backup
        store.backup_now(made.path)
    dialog = restore_dialog.RestoreDialog(None, store.path)
    qtbot.addWidget(dialog)
    assert [dialog.model.backup(r).path for r in range(2)] == [newer.path, older.path]
    assert dialog.selected_backup().path == newer.path and dialog.restore_button.isEnabled()

    dialogs.answer = QMessageBox.StandardButton.Cancel
    dialog.restore_button.click()
    assert dialog.chosen() is None and dialog.result() != restore_dialog.QDialog.DialogCode.Accepted
    (question,) = dialogs.texts("question")
    assert "2 events" in question and "backed up" not in question  # it says "saved as a backup"
    assert "Before a restore" in question and "undo history is cleared" in question

    dialogs.answer = QMessageBox.StandardButton.Yes
    assert dialog.select_backup(older.path)
    dialog.restore_button.click()
    assert dialog.chosen().path == older.path
    assert dialog.result() == restore_dialog.QDialog.DialogCode.Accepted


def test_restore_dialog_without_backups(qtbot, store):
    shutil.rmtree(store.path.parent / "backups")
    dialog = restore_dialog.RestoreDialog(None, store.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled()


def test_restore_from_another_file(qtbot, tmp_path, store, dialogs):
    store.save_event(standalone("Arctic briefing"))
    copy_elsewhere = tmp_path / "usb" / "copy.sqlite3"
    copy_elsewhere.parent.mkdir()
    store.backup_now(copy_elsewhere)
    dialog = restore_dialog.RestoreDialog(None, store.path)
    qtbot.addWidget(dialog)

    junk = tmp_path / "usb" / "notes.sqlite3"
    junk.write_text("not a database")
    dialogs.open_path = str(junk)
    dialog.other_button.click()
    assert dialog.chosen() is None and "is not an SQLite database" in dialogs.texts("warning")[0]

    dialogs.open_path = str(store.path)
    dialog.other_button.click()
    assert "the database itself" in dialogs.texts("warning")[1]

    dialogs.open_path = str(copy_elsewhere)
    dialog.other_button.click()
    chosen = dialog.chosen()
    assert chosen.path == copy_elsewhere and chosen.events == 1 and chosen.reason == "file"


# -- File menu: back up, restore --------------------------------------------------------------


def test_back_up_now_says_where_and_how_many_events(window, store, populated, dialogs):
    window.backup_action.trigger()
    (text,) = dialogs.texts("information")
    (made,) = [b for b in list_backups(store.path) if b.reason == "manual"]
    assert made.reason == "manual" and made.events == 3
    assert f"{made.path.parent}\nas {made.path.name}." in text and "3 events" in text
    assert window.statusBar().currentMessage() == f"Backed up to {made.path}"


def test_back_up_now_failure_is_explained(window, store, dialogs):
    shutil.rmtree(store.path.parent / "backups")
    (store.path.parent / "backups").write_text("a file where the folder should be")
    window.backup_action.trigger()
    (text,) = dialogs.texts("warning")
    assert "backup" in text and text.endswith("No backup was made.")


def test_a_server_or_memory_database_has_no_file_backups(qtbot, settings):
    store = Store.open("sqlite://")
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert not window.backup_action.isEnabled() and not window.restore_action.isEnabled()
    window.back_up_now()
    window.restore_from_backup()  # both quietly do nothing
    store.close()


def test_restore_from_backup_replaces_the_data_and_clears_undo(window, store, monkeypatch, dialogs):
    first = store.save_event(standalone("Arctic briefing"))
    backup = store.backup_now()
    window.reload()
    monkeypatch.setattr(
        event_editor, "get_event", lambda _p, _s, record: (_titled(record, "Baltic"), True)
    )
    window.new_event()
    assert window.undo_stack.count() == 1
    asked = answer(monkeypatch, restore_dialog, "get_backup", (backup, True))

    window.restore_action.trigger()
    assert asked[0][0][1] == store.path
    new_store = window.session.store
    try:
        assert new_store is not store
        assert titles(new_store) == ["Arctic briefing"]
        assert window.visible_event_ids() == [first.id]
        assert window.undo_stack.count() == 0
        assert window.overview.current_event.title == "Arctic briefing"
        (text,) = dialogs.texts("information")
        assert "restored from the backup" in text and "Before a restore" in text
        (pre_restore,) = [b for b in list_backups(store.path) if b.reason == "pre-restore"]
        assert pre_restore.events == 2  # what was there before the restore is kept
        window.new_event()  # and work goes on, in the restored file
        assert titles(new_store) == ["Arctic briefing", "Baltic"]
    finally:
        new_store.close()


def test_a_refused_restore_keeps_the_current_data(window, store, tmp_path, monkeypatch, dialogs):
    store.save_event(standalone("Arctic briefing"))
    window.reload()
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"")
    answer(
        monkeypatch,
        restore_dialog,
        "get_backup",
        (BackupInfo(bad, datetime.now(), "manual", 0, 0), True),
    )
    window.restore_action.trigger()
    (text,) = dialogs.texts("warning")
    assert "is empty" in text and text.endswith("Nothing was changed.")
    try:
        assert titles(window.session.store) == ["Arctic briefing"]
        assert window.visible_event_ids()
    finally:
        window.session.store.close()


# -- failures while working -------------------------------------------------------------------


def limit_connections(store: Store, pragma) -> None:
    """Run ``pragma(cursor)`` on every new connection: drop the pooled ones first."""
    store.engine.dispose()

    def on_connect(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        pragma(cursor)
        cursor.close()

    sa_event.listen(store.engine, "connect", on_connect)
    limit_connections.remove = lambda: (  # type: ignore[attr-defined]
        sa_event.remove(store.engine, "connect", on_connect),
        store.engine.dispose(),
    )


def disk_full(cursor) -> None:
    pages = cursor.execute("PRAGMA page_count").fetchone()[0]
    cursor.execute(f"PRAGMA max_page_count = {pages + 1}")


def read_only_files(cursor) -> None:
    cursor.execute("PRAGMA query_only = ON")


def test_disk_full_during_an_edit_is_explained_and_nothing_is_lost(
    window, store, populated, monkeypatch, dialogs
):
    first, _second, alone = populated
    window.reload()
    window.select_event(alone)
    before = store.get_event(alone, with_attachment_data=True)

    def add_big_attachment(_parent, _store, record):
        changed = copy.deepcopy(record)
        changed.title = "Renamed"
        changed.attachments.append(AttachmentRecord("scan.pdf", data=os.urandom(300_000)))
        return changed, True

    monkeypatch.setattr(event_editor, "get_event", add_big_attachment)
    limit_connections(store, disk_full)
    window.edit_event()

    ((title, text),) = [(t, x) for k, t, x in dialogs.calls if k == "warning"]
    assert title == "Edit event “Renamed”"
    assert text == (
        f"Could not save to {store.path}: the disk is full (free some space and try again)."
        "\n\nThe change was not saved, and everything saved before it is safe."
    )
    assert "The change was not made" not in text  # said once, not twice
    assert window.undo_stack.count() == 0  # the failed edit is not left to be "undone"
    assert store.get_event(alone, with_attachment_data=True) == before
    assert store.get_event(first).title == "U.S.-Japan-Russia Trilateral: round 1"
    assert len(store.list_events()) == 3
    assert window.overview.current_event.title == before.title  # the views show what is saved

    limit_connections.remove()  # space freed: the same edit goes through
    window.edit_event()
    assert store.get_event(alone).title == "Renamed" and window.undo_stack.count() == 1


def test_a_read_only_file_during_a_new_event_is_explained(
    window, store, populated, monkeypatch, dialogs
):
    monkeypatch.setattr(
        event_editor, "get_event", lambda _p, _s, record: (_titled(record, "Nordic dialogue"), True)
    )
    window.reload()
    limit_connections(store, read_only_files)
    window.new_event()
    (text,) = dialogs.texts("warning")
    assert "its folder is read-only.\n\nThe change was not saved" in text
    assert window.undo_stack.count() == 0
    assert len(store.list_events()) == 3 and window.counts_label.text().startswith("3 events")
    limit_connections.remove()


def test_the_daily_backup_runs_after_start_and_once_a_day(window, store, populated):
    shutil.rmtree(store.path.parent / "backups")  # the fixture's Store.open made one already
    window.daily_backup()
    (daily,) = list_backups(store.path)
    assert daily.reason == "daily" and daily.events == 3
    assert "automatic backup" in window.statusBar().currentMessage()
    window.daily_backup()
    assert len(list_backups(store.path)) == 1


# -- a real crash -----------------------------------------------------------------------------


def test_after_the_first_app_is_killed_the_next_one_opens_without_asking(
    tmp_path, monkeypatch, dialogs
):
    """Two processes: the app really running (offscreen), then killed with SIGKILL, which
    leaves its lock file and its socket file behind exactly as a crash or power cut would."""
    path = tmp_path / "events.sqlite3"
    make_database(path, ["Arctic briefing"])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop(gui_app.QUIT_AFTER_START_ENV, None)
    child = subprocess.Popen(
        [sys.executable, "-m", "roundtable", "--db", str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not (
            DatabaseLock(path).holder().get("pid") == child.pid
            and request_raise(server_name(path), 200)
        ):
            assert child.poll() is None, "the app quit on its own"
            assert time.monotonic() < deadline, "the app never held the lock and listened"
            time.sleep(0.05)
        probe = DatabaseLock(path)
        assert not probe.acquire()  # it really is the one writer
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)

    forbid(monkeypatch, safety_dialogs, "ask_second_instance")
    session = open_session(str(path))
    try:
        assert session.lock.held and session.lock.holder()["pid"] == os.getpid()
        assert session.listen(lambda: None)  # over the dead app's socket file
        assert titles(session.store) == ["Arctic briefing"]
    finally:
        session.close()
    assert dialogs.calls == []
