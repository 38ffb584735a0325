"""Saving an attachment suggests its safe base name in the folder last used, even for a name an
older Roundtable stored as a path; adding a file reads only regular files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from gui_samples import trilateral
from sqlalchemy import text

from roundtable.gui.common.settings_keys import LAST_FOLDER_KEY
from roundtable.gui.events.event_attachments_page import AttachmentsPage
from roundtable.gui.events.event_overview import EventOverview

HOSTILE = ["/etc/passwd", "../../../../etc/cron.d/evil", "C:\\Windows\\evil.bat", "CON"]
SAFE = ["passwd", "evil", "evil.bat", "_CON"]


def stored_as(store, name: str):
    """The sample event, its flyer stored under ``name`` as an older app could have."""
    event = store.save_event(trilateral())
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE attachment SET filename = :name"), {"name": name})
    return store.get_event(event.id)


def suggested(dialogs) -> Path:
    return Path([where for kind, _t, where in dialogs.calls if kind == "save"][-1])


@pytest.mark.parametrize(("name", "safe"), zip(HOSTILE, SAFE, strict=True))
def test_the_overview_suggests_a_safe_name_in_the_chosen_folder(
    qtbot, store, settings, dialogs, tmp_path, name, safe
):
    event = stored_as(store, name)
    assert event.attachments[0].filename == name
    settings.setValue(LAST_FOLDER_KEY, str(tmp_path))
    overview = EventOverview(store, settings)
    qtbot.addWidget(overview)
    overview.show_event(event)
    dialogs.save_path = ""  # the user cancels: only the suggestion matters
    assert overview.save_attachment(event.attachments[0].id, name) is None
    assert suggested(dialogs) == tmp_path / safe


@pytest.mark.parametrize(("name", "safe"), zip(HOSTILE, SAFE, strict=True))
def test_the_editor_page_suggests_a_safe_name(qtbot, store, dialogs, name, safe):
    event = stored_as(store, name)
    page = AttachmentsPage(store, event.attachments)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    dialogs.save_path = ""
    assert page.save_selected() is None
    assert suggested(dialogs) == Path.home() / safe


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are a POSIX thing")
def test_adding_a_named_pipe_is_refused_not_waited_on(qtbot, store, dialogs, tmp_path):
    pipe = tmp_path / "flyer.pdf"
    os.mkfifo(pipe)
    page = AttachmentsPage(store, [])
    qtbot.addWidget(page)
    assert page.add_file(pipe) is None
    assert "is a named pipe" in dialogs.texts("warning")[-1]
    assert page.attachments() == []


def test_an_added_file_keeps_a_safe_name(qtbot, store, tmp_path):
    path = tmp_path / "CON.pdf"
    path.write_bytes(b"%PDF-1.4")
    page = AttachmentsPage(store, [])
    qtbot.addWidget(page)
    assert page.add_file(path).filename == "_CON.pdf"
