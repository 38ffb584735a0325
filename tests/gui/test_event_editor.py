"""The event editor and the organisation dialog, driven field by field without a modal loop."""

from __future__ import annotations

from datetime import date, time

import pytest
from gui_samples import standalone, trilateral
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog

from roundtable.domain.enums import EventKind, EventStatus, OrganisationKind, OrganisationRole
from roundtable.domain.records import OrganisationRecord
from roundtable.gui.common.organisation_dialog import OrganisationDialog
from roundtable.gui.events import event_editor
from roundtable.gui.events.event_editor import TAB_EVENT, TAB_ORGANISATIONS, EventEditorDialog
from roundtable.services.edits.event import create_edit, event_edit


@pytest.fixture
def saved(store):
    return store.get_event(store.save_event(trilateral(2)).id, with_attachment_data=True)


def editor(qtbot, store, record=None) -> EventEditorDialog:
    dialog = EventEditorDialog(None, store, record)
    qtbot.addWidget(dialog)
    return dialog


def test_unchanged_dialog_returns_the_same_record(qtbot, store, saved):
    dialog = editor(qtbot, store, saved)
    assert dialog.record() == saved
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_round_trip_of_every_field(qtbot, store, saved, tmp_path, dialogs):
    dialog = editor(qtbot, store, saved)
    dialog.title_edit.setText("  Trilateral, third round ")
    dialog.subtitle_edit.setText("Security in Northeast Asia")
    dialog.short_title_edit.setText("Trilateral III")
    dialog.programme_edit.setText("Track II")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EventKind.DIALOGUE))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(EventStatus.CONFIRMED))
    dialog.series_combo.setEditText("Arctic Dialogue")
    assert dialog.series_hint.text() == "A new series “Arctic Dialogue” will be created."
    dialog.round_spin.setValue(3)
    dialog.slug_edit.setText("trilateral-3")
    dialog.start_date_edit.setDate(QDate(2019, 4, 1))
    assert dialog.end_date_edit.date() == QDate(2019, 4, 2)  # the length is kept
    dialog.start_time_edit.setTime(QTime(9, 30))
    dialog.end_time_edit.setTime(QTime())  # an empty time field: no end time
    dialog.timezone_combo.set_zone("Asia/Tokyo")
    dialog.venue_edits["room"].setText("Room B")
    dialog.venue_edits["postcode"].setText("115035")
    dialog.description_edit.setPlainText("What it is about.")
    dialog.notes_edit.setPlainText("Bring the flags.")
    page = dialog.organisations_page
    page.remove_selected()  # nothing selected: nothing happens
    page.table.selectRow(1)
    page.move_selected(-1)
    page.add_delegation()
    page.delegation_table.item(1, 0).setText("Japanese delegation")
    page.delegation_table.item(1, 1).setText("Japan")
    flyer = tmp_path / "programme.pdf"
    flyer.write_bytes(b"%PDF programme")
    dialog.attachments_page.add_file(flyer)

    dialog.accept()
    assert dialogs.calls == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.record()
    assert result.id == saved.id and result.uid == saved.uid
    assert result.title == "Trilateral, third round"
    assert (result.subtitle, result.short_title, result.programme) == (
        "Security in Northeast Asia",
        "Trilateral III",
        "Track II",
    )
    assert (result.kind, result.status) == (EventKind.DIALOGUE, EventStatus.CONFIRMED)
    assert result.series is not None and result.series.id is None
    assert (result.series.name, result.round_number) == ("Arctic Dialogue", 3)
    assert result.slug == "trilateral-3"
    assert (result.start_date, result.end_date) == (date(2019, 4, 1), date(2019, 4, 2))
    assert (result.start_time, result.end_time) == (time(9, 30), None)
    assert result.timezone == "Asia/Tokyo"
    assert result.venue.room == "Room B" and result.venue.city == "Moscow"
    assert result.venue.postcode == "115035"
    assert (result.description, result.notes) == ("What it is about.", "Bring the flags.")
    assert result.summary == saved.summary, "the minutes are the Log tab's, kept as they are"
    assert "Log ▸ Minutes" in dialog.minutes_note.text()
    assert [o.role for o in result.organisations] == [
        OrganisationRole.HOST,
        OrganisationRole.PARTNER,
    ]
    assert [o.id for o in result.organisations] == [
        saved.organisations[1].id,
        saved.organisations[0].id,
    ]
    assert [(d.name, d.country) for d in result.delegations] == [
        ("Russian delegation", "Russia"),
        ("Japanese delegation", "Japan"),
    ]
    assert result.participants == saved.participants
    assert [(d.id, d.day_date, d.title) for d in result.days] == [
        (saved.days[0].id, date(2019, 4, 1), "Russia-Japan relations")
    ]
    assert [(a.filename, a.data) for a in result.attachments] == [
        ("flyer.pdf", b"%PDF-1.4 flyer"),
        ("programme.pdf", b"%PDF programme"),
    ]
    store.apply(event_edit(saved, result))  # the store accepts what the dialog accepted


def test_existing_series_is_picked_by_name_in_any_case(qtbot, store, saved):
    dialog = editor(qtbot, store, saved)
    dialog.series_combo.setEditText("u.s.-japan-russia trilateral")
    assert dialog.series_hint.isHidden()
    assert dialog.record().series == saved.series
    dialog.series_combo.setEditText("")
    assert not dialog.round_spin.isEnabled()
    assert dialog.record().series is None and dialog.record().round_number is None


def test_new_event_defaults(qtbot, store):
    dialog = editor(qtbot, store)
    assert dialog.windowTitle() == "New event"
    record = dialog.record()
    assert record.id is None and record.title == ""
    assert record.start_date == record.end_date == date.today()
    dialog.title_edit.setText("Arctic briefing")
    assert "arctic-briefing-" in dialog.slug_edit.placeholderText()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.title_edit.setText(" "), "The event needs a title."),
        (lambda d: d.timezone_combo.set_zone("Mars/Olympus"), "Unknown time zone"),
        (lambda d: d.end_date_edit.setDate(QDate(2018, 3, 1)), "ends"),
        (lambda d: d.slug_edit.setText("round-1-taken"), "already used by another event"),
    ],
)
def test_problems_keep_the_dialog_open_with_a_clear_message(
    qtbot, store, saved, dialogs, change, expected
):
    store.save_event(standalone(slug="round-1-taken"))
    dialog = editor(qtbot, store, saved)
    change(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialogs.kinds() == ["warning"]
    assert expected in dialogs.texts("warning")[0]


def test_the_same_organisation_twice_in_one_role_is_refused(qtbot, store, saved, dialogs):
    dialog = editor(qtbot, store, saved)
    page = dialog.organisations_page
    host = saved.organisations[1].organisation
    assert not page.add_organisation(host, OrganisationRole.HOST)
    assert dialogs.kinds() == ["information"]
    assert page.add_organisation(host, OrganisationRole.SPONSOR)
    assert len(page.organisations()) == 3


def test_new_organisation_from_the_small_dialog(qtbot, store, saved):
    dialog = editor(qtbot, store, saved)
    page = dialog.organisations_page
    asked = []

    def ask(parent, record, taken):
        asked.append((record.name, sorted(taken)))
        return OrganisationRecord(name="Asan Institute", kind=OrganisationKind.THINK_TANK), True

    page.ask_organisation = ask
    page.add_combo.setEditText("Asan")
    page.add_role.setCurrentIndex(page.add_role.findData(OrganisationRole.SPONSOR))
    page.new_button.click()  # the name typed so far starts the dialog's
    assert asked[0][0] == "Asan"
    assert "Russian International Affairs Council" in asked[0][1]
    added = page.organisations()[-1]
    assert (added.organisation.name, added.role) == ("Asan Institute", OrganisationRole.SPONSOR)
    assert added.organisation.id is None
    # an existing one is found by name, and by short name
    page.add_combo.setEditText("riac")
    page.add_role.setCurrentIndex(page.add_role.findData(OrganisationRole.SPONSOR))
    page.add_button.click()
    assert page.organisations()[-1].organisation.id == saved.organisations[0].organisation.id
    dialog.tabs.setCurrentIndex(TAB_EVENT)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_attachments_remove_and_save_as(qtbot, store, saved, dialogs, tmp_path):
    dialog = editor(qtbot, store, saved)
    page = dialog.attachments_page
    assert not page.remove_button.isEnabled()
    page.table.selectRow(0)
    dialogs.save_path = str(tmp_path / "out.pdf")
    assert page.save_selected() == dialogs.save_path
    assert (tmp_path / "out.pdf").read_bytes() == b"%PDF-1.4 flyer"
    page.remove_selected()
    assert dialog.record().attachments == []
    dialogs.open_paths = [str(tmp_path / "missing.png")]
    page.choose_files()
    assert dialogs.kinds()[-1] == "warning"
    assert dialog.record().attachments == []


def test_get_event_returns_value_and_accepted(qtbot, store, saved, monkeypatch):
    monkeypatch.setattr(EventEditorDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert event_editor.get_event(None, store, saved) == (None, False)
    monkeypatch.setattr(EventEditorDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert event_editor.get_event(None, store, saved) == (saved, True)


def test_problem_reveals_the_tab_to_fix(qtbot, store, saved):
    dialog = editor(qtbot, store, saved)
    page = dialog.organisations_page
    page.add_delegation()  # a delegation with no name
    dialog.accept()
    assert dialog.tabs.currentIndex() == TAB_ORGANISATIONS


def test_organisation_dialog_needs_a_new_name(qtbot, dialogs):
    dialog = OrganisationDialog(None, OrganisationRecord(name=""), ["Kyushu University"])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.name_edit.setText("kyushu university")
    dialog.accept()
    assert "already exists" in dialogs.texts("warning")[-1]
    dialog.name_edit.setText("Hokkaido University")
    dialog.short_name_edit.setText("Hokkaido U.")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(OrganisationKind.UNIVERSITY))
    dialog.country_edit.setText("Japan")
    dialog.website_edit.setText("https://www.hokudai.ac.jp")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.record() == OrganisationRecord(
        name="Hokkaido University",
        short_name="Hokkaido U.",
        kind=OrganisationKind.UNIVERSITY,
        country="Japan",
        website="https://www.hokudai.ac.jp",
    )


def test_correcting_an_organisation_is_saved_with_the_event(qtbot, store, saved):
    dialog = editor(qtbot, store, saved)
    page = dialog.organisations_page
    assert not page.edit_button.isEnabled()
    page.table.selectRow(0)
    assert page.edit_button.isEnabled()
    original = saved.organisations[0].organisation

    def ask(parent, record, taken):
        assert record.id == original.id and original.name not in taken
        record.name = original.name + " (corrected)"
        return record, True

    page.ask_organisation = ask
    page.edit_button.click()
    edited = dialog.record()
    assert edited.organisations[0].organisation.name == original.name + " (corrected)"
    assert edited.organisations[0].organisation.id == original.id
    store.apply(event_edit(saved, edited))
    names = {o.id: o.name for o in store.list_organisations()}
    assert names[original.id] == original.name + " (corrected)"


def test_a_delegation_can_be_led_by_one_of_the_event_organisations(qtbot, store, saved):
    dialog = editor(qtbot, store, saved)
    page = dialog.organisations_page
    page.add_delegation()
    row = page.delegation_table.rowCount() - 1
    page.delegation_table.item(row, 0).setText("Japanese delegation")
    combo = page.delegation_table.cellWidget(row, 2)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "(none)" and len(labels) == 1 + len(saved.organisations)
    combo.setCurrentIndex(1)
    lead = dialog.record().delegations[-1]
    assert lead.name == "Japanese delegation"
    assert lead.organisation.id == saved.organisations[0].organisation.id


def test_a_new_event_gets_a_programme_day_for_each_date(qtbot, store):
    dialog = editor(qtbot, store)
    dialog.title_edit.setText("Arctic dialogue")
    dialog.start_date_edit.setDate(QDate(2027, 4, 14))
    dialog.end_date_edit.setDate(QDate(2027, 4, 16))
    dialog.start_time_edit.setTime(QTime(9, 0))
    dialog.end_time_edit.setTime(QTime(17, 30))
    assert dialog.when_hint.text() == (
        "The new event gets 3 programme days, one for each date, 09:00–17:30 each, ready for "
        "its agenda."
    )
    record = dialog.record()
    assert [(d.day_date, d.slot_start, d.slot_end, d.id) for d in record.days] == [
        (date(2027, 4, 14), time(9), time(17, 30), None),
        (date(2027, 4, 15), time(9), time(17, 30), None),
        (date(2027, 4, 16), time(9), time(17, 30), None),
    ]
    created = store.apply(create_edit(record)).result  # as CreateEventCommand does
    stored = store.get_event(created)
    assert [(d.day_date, d.slot_start, d.slot_end) for d in stored.days] == [
        (d.day_date, d.slot_start, d.slot_end) for d in record.days
    ]


def test_a_new_events_days_take_the_times_as_far_as_they_are_given(qtbot, store):
    dialog = editor(qtbot, store)
    dialog.start_date_edit.setDate(QDate(2027, 4, 14))
    dialog.end_date_edit.setDate(QDate(2027, 4, 15))
    assert [(d.slot_start, d.slot_end) for d in dialog.record().days] == [(None, None)] * 2
    dialog.start_time_edit.setTime(QTime(18, 0))
    assert [(d.slot_start, d.slot_end) for d in dialog.record().days] == [
        (time(18), None),
        (None, None),
    ]
    dialog.end_time_edit.setTime(QTime(13, 0))  # overnight: from 18:00 on to 13:00 next day
    assert [(d.slot_start, d.slot_end) for d in dialog.record().days] == [
        (time(18), None),
        (None, time(13)),
    ]
    dialog.end_date_edit.setDate(QDate(2028, 4, 15))  # a year's typo makes no 368 days
    assert dialog.record().days == []
    assert "No programme days are made" in dialog.when_hint.text()


def test_an_existing_event_keeps_its_days_and_only_moves_them(qtbot, store, saved):
    dialog = editor(qtbot, store, saved)
    assert "move with the start date" in dialog.when_hint.text()
    dialog.start_date_edit.setDate(QDate(2019, 4, 1))
    dialog.end_date_edit.setDate(QDate(2019, 4, 5))  # longer: no day is added
    dialog.start_time_edit.setTime(QTime(8, 0))
    record = dialog.record()
    assert [(d.id, d.day_date, d.slot_start) for d in record.days] == [
        (saved.days[0].id, date(2019, 4, 1), saved.days[0].slot_start)
    ]
    store.apply(event_edit(saved, record))


def test_new_event_from_the_window_has_its_days_on_the_agenda(window, store, monkeypatch):
    """Through the window's New event, as a user creates one: the days come with it."""

    def fill_and_accept(dialog: EventEditorDialog) -> int:
        dialog.title_edit.setText("Arctic dialogue")
        dialog.start_date_edit.setDate(QDate(2027, 4, 14))
        dialog.end_date_edit.setDate(QDate(2027, 4, 15))
        dialog.start_time_edit.setTime(QTime(9, 30))
        dialog.end_time_edit.setTime(QTime(17, 0))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EventEditorDialog, "exec", fill_and_accept)
    window.new_event()
    (summary,) = store.list_events()
    days = store.get_event(summary.id).days
    assert [(d.day_date, d.slot_start, d.slot_end) for d in days] == [
        (date(2027, 4, 14), time(9, 30), time(17)),
        (date(2027, 4, 15), time(9, 30), time(17)),
    ]
    window.undo_stack.undo()  # one undo step takes the event and its days away
    assert store.list_events() == []
