"""File ▸ New event from announcement: paste, read, review (fields, highlighted words, people
linked to the directory), correct, create; and Cancel saves nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from people_samples import person
from PySide6.QtWidgets import QComboBox, QDialog

from roundtable.gui.events.announcement_dialog import (
    COL_PERSON,
    AnnouncementDialog,
)

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "dc-policy-forum-roundtable.txt"

# The DC seed's event, shortened, for a checkout without ../shared/seeds.
SAMPLE = """DC Policy Forum on Russia in the US-Japan Alliance

“Russia in the US-Japan Alliance? Beyond Chinese and North Korean Challenges”

US relations with Russia have become a major focus in Washington.

26 February 2018 (10:30-12:00)
USJI Office Seminar Room, 2000 M Street, Washington DC 20006

Hosted by:

Guadalupe Correa Cabrera (George Mason University)

Roundtable Participants:

Yong-Chool Ha (University of Washington)

Matthew Rojansky (Woodrow Wilson Center)

Akihiro Iwashita (Kyushu University / Hokkaido University)

Moderated by:

Edward Boyle (Kyushu University)
"""


def announcement() -> str:
    return SEED.read_text(encoding="utf-8") if SEED.exists() else SAMPLE


@pytest.fixture
def dialog(qtbot, store, settings):
    made = AnnouncementDialog(store, settings)
    qtbot.addWidget(made)
    return made


def read(qtbot, dialog: AnnouncementDialog, text: str) -> None:
    dialog.paste_box.setPlainText(text)
    with qtbot.waitSignal(dialog.read_done):
        dialog.read_button.click()


def person_row(dialog: AnnouncementDialog, name: str) -> int:
    assert dialog.draft is not None
    return next(i for i, p in enumerate(dialog.draft.people) if name in p.name)


def test_the_review_shows_the_fields_and_the_words_they_came_from(qtbot, dialog):
    assert not dialog.read_button.isEnabled()  # nothing pasted yet
    read(qtbot, dialog, announcement())
    assert dialog.pages.currentIndex() == 1
    assert "Russia in the US-Japan Alliance" in dialog.fields["title"].text()
    assert dialog.fields["start_date"].date().toPython() == date(2018, 2, 26)
    assert "Seminar Room" in dialog.fields["venue_room"].text() + dialog.fields["venue_name"].text()
    assert dialog.fields["venue_city"].text() == "Washington"
    assert dialog.notes["title"].text() == ""  # found: no note
    draft = dialog.draft
    assert draft is not None
    assert len(dialog.source.extraSelections()) >= 5  # every field's words, softly

    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.fields["venue_street"].setFocus()
    span = draft.fields["venue_street"].span
    assert span is not None and "2000 M Street" in draft.text[span[0] : span[1]]
    qtbot.waitUntil(lambda: dialog.highlighted_span() == span)
    cursor = dialog.source.textCursor()
    assert cursor.position() == span[0]  # scrolled to (the cursor is there, in view)


def test_a_field_with_nothing_found_says_so(qtbot, dialog):
    read(qtbot, dialog, "A talk on nothing in particular\n\nCome along.")
    assert dialog.notes["venue_city"].text()  # plainly said, not just an empty box
    assert dialog.fields["venue_city"].text() == ""


def test_corrections_and_links_are_saved_with_the_new_event(qtbot, dialog, store):
    known = store.save_person(person("Matthew", "Rojanski")).id  # one letter off: alike
    people_before = len(store.list_people())
    read(qtbot, dialog, announcement())
    dialog.fields["title"].setText("Russia in the Alliance")
    row = person_row(dialog, "Rojansky")
    choice = dialog.people_table.cellWidget(row, COL_PERSON)
    assert isinstance(choice, QComboBox)
    assert choice.currentIndex() == 0  # "New person" until the user says otherwise
    index = choice.findData(known)
    assert index > 1  # offered, after "New person" and "Leave out"
    choice.setCurrentIndex(index)

    assert store.count_events() == 0
    dialog.create_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created is not None
    assert store.count_events() == 0  # nothing written by the dialog: the window applies it
    saved = store.get_event(store.apply(dialog.created).result)
    assert saved.title == "Russia in the Alliance"
    assert saved.start_date == date(2018, 2, 26)
    assert saved.venue.city == "Washington"
    ids = {p.person.id for p in saved.participants}
    assert known in ids
    proposed = len(dialog.draft.people) if dialog.draft else 0
    assert len(store.list_people()) == people_before + proposed - 1  # Rojansky not made again


def test_cancel_saves_nothing(qtbot, dialog, store):
    before = (store.count_events(), len(store.list_people()))
    read(qtbot, dialog, announcement())
    dialog.cancel_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.created is None
    assert (store.count_events(), len(store.list_people())) == before


def test_the_file_menu_creates_the_event_as_one_undo_step(qtbot, window, store, monkeypatch):
    from roundtable.gui.events import announcement_dialog
    from roundtable.services.announcement import draft_edit, parse_announcement

    def reviewed(_parent, given_store, _settings=None):
        return draft_edit(given_store, parse_announcement(announcement()), {}), True

    monkeypatch.setattr(announcement_dialog, "get_draft", reviewed)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.new_from_announcement_action in file_menu.actions()
    window.new_from_announcement_action.trigger()
    qtbot.waitUntil(lambda: window.selected_event_id() is not None)
    assert store.get_event(window.selected_event_id()).start_date == date(2018, 2, 26)
    window.undo_stack.undo()
    assert store.count_events() == 0
