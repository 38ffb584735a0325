"""File ▸ Restore from backup… against the things that must stop it (issue 15): a command still
writing to the database, and a backup only the full integrity check finds damaged. Each is a
dialog, with the window still working on the untouched file; the window holds its share of the
writers' lock again afterwards, whatever happened. And a lock file that cannot be used is said
as such at start-up, never taken for another app holding the database."""

from __future__ import annotations

import pytest
from broken_index import desynchronised_index
from gui_samples import standalone

from roundtable.errors import UserError
from roundtable.gui.shell import app as gui_app
from roundtable.gui.shell import restore_dialog, safety_dialogs
from roundtable.gui.shell.session import open_session
from roundtable.store import writer_lock
from roundtable.store.backups import list_backups
from roundtable.store.facade import Store
from roundtable.store.instance_lock import lock_path
from roundtable.store.writer_lock import WriterLock, WritersBusyError


def choose(monkeypatch, backup) -> None:
    monkeypatch.setattr(restore_dialog, "get_backup", lambda *_args, **_kwargs: (backup, True))


def titles(store) -> list[str]:
    return sorted(e.title for e in store.list_events())


def assert_window_holds_its_share(path) -> None:
    """A restore (here: the probe) cannot start while the window may write."""
    with pytest.raises(WritersBusyError):
        WriterLock(path).acquire_exclusive(wait=0)


@pytest.fixture
def two_events(window, store):
    """The window on "Arctic briefing" and "Baltic roundtable", with a backup of the first."""
    store.save_event(standalone("Arctic briefing"))
    backup = store.backup_now()
    store.save_event(standalone("Baltic roundtable"))
    window.reload()
    return backup


def test_a_restore_while_a_command_writes_is_refused_with_a_dialog(
    window, store, two_events, monkeypatch, dialogs
):
    command = WriterLock(store.path)  # what `roundtable import` holds while it runs
    command.acquire_shared(wait=0)
    monkeypatch.setattr(writer_lock, "RESTORE_WAIT_SECONDS", 0.1)
    choose(monkeypatch, two_events)
    try:
        window.restore_action.trigger()
        (text,) = dialogs.texts("warning")
        assert "writing to" in text and text.endswith("Nothing was changed.")
        assert titles(window.session.store) == ["Arctic briefing", "Baltic roundtable"]
        assert not [b for b in list_backups(store.path) if b.reason == "pre-restore"]
        assert window.visible_event_ids()
    finally:
        command.release()
    assert_window_holds_its_share(store.path)
    window.session.store.close()


def test_the_window_lets_go_of_its_share_restores_and_takes_it_again(
    window, store, two_events, monkeypatch, dialogs
):
    choose(monkeypatch, two_events)
    window.restore_action.trigger()
    assert dialogs.texts("warning") == []
    assert titles(window.session.store) == ["Arctic briefing"]
    assert_window_holds_its_share(store.path)
    window.session.store.close()


def test_a_backup_that_fails_the_full_check_is_refused_with_a_dialog(
    window, store, two_events, monkeypatch, dialogs
):
    desynchronised_index(two_events.path)
    choose(monkeypatch, two_events)
    window.restore_action.trigger()
    (text,) = dialogs.texts("warning")
    assert "failed its integrity check" in text and text.endswith("Nothing was changed.")
    assert titles(window.session.store) == ["Arctic briefing", "Baltic roundtable"]
    assert_window_holds_its_share(store.path)
    window.session.store.close()


def test_a_folder_where_the_apps_lock_belongs_is_said_not_taken_for_another_app(
    tmp_path, monkeypatch, dialogs
):
    path = tmp_path / "events.sqlite3"
    Store.open(str(path), daily_backup=False).close()
    lock_path(path).mkdir()

    def never(*_args):
        raise AssertionError("a folder is not another app holding the file")

    monkeypatch.setattr(safety_dialogs, "ask_second_instance", never)
    with pytest.raises(UserError, match="is a folder"):
        open_session(str(path))
    assert gui_app.run(str(path)) == 1
    (text,) = dialogs.texts("critical")
    assert "is a folder" in text and str(lock_path(path)) in text
