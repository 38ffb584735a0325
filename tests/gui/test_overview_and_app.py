"""The overview's text, the About box text, and starting the app the way the CLI does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gui_samples import standalone, trilateral
from PySide6.QtCore import QSettings

from roundtable.domain.enums import Attendance
from roundtable.domain.records import EventRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.gui.events.event_overview import event_html, participant_line, series_html
from roundtable.gui.shell import app as gui_app
from roundtable.gui.shell.about import about_html


def test_participant_line_reads_like_a_programme():
    participation = trilateral().participants[0]
    assert participant_line(participation) == (
        "<b>Andrey Kortunov</b> — Андрей Кортунов, Director General, Russian International "
        "Affairs Council <span class='muted'>(Russian delegation)</span>"
    )
    participation.delegation = ""
    participation.attendance = Attendance.DECLINED
    assert participant_line(participation).endswith("<span class='muted'>(declined)</span>")


def test_every_user_string_is_escaped():
    hostile = "<img src=x onerror=alert(1)> & “friends”"
    event: EventRecord = trilateral(
        title=hostile, subtitle=hostile, programme=hostile, description=hostile, notes=hostile
    )
    event.venue.city = hostile
    event.organisations[0].organisation.name = hostile
    event.participants[0].person.native_name = hostile
    event.delegations[0].name = hostile
    event.days[0].title = hostile
    event.attachments[0].filename = hostile
    event.seating_plans = [SeatingPlanRecord(hostile)]
    page = event_html(event)
    assert "<img" not in page
    assert page.count("&lt;img src=x onerror=alert(1)&gt; &amp; “friends”") >= 11
    assert "<img" not in series_html(hostile, [])
    assert "<img" not in about_html(hostile)


def test_overview_shows_all_sections(store):
    saved = store.get_event(store.save_event(trilateral()).id)
    page = event_html(saved)
    expected = [
        "Organisations", "Partner", "Host", "Delegations", "Participants (1)",
        "Opening speaker", "Programme", "Russia-Japan relations", "Attachments",
        f"attachment:{saved.attachments[0].id}", "Europe/Moscow", "10:00–17:30",
        "U.S.-Japan-Russia Trilateral, round 2", saved.slug, "Hotel Baltschug",
    ]  # fmt: skip
    for text in expected:
        assert text in page, text
    assert "Participants" not in event_html(standalone(start_date=saved.start_date))


def test_overview_sums_up_the_seating(store):
    from roundtable.services.demo import load_demo

    load_demo(store)
    page = event_html(
        store.get_event(store.resolve_event("us-japan-russia-trilateral-round-2-2017"))
    )
    assert "<h2>Seating</h2>" in page
    assert "Round table, Moscow" in page
    assert "Round · 9 seats · 2 of 2 participants seated · 7 reserved" in page


def test_run_opens_shows_and_quits(qapp, tmp_path, monkeypatch, dialogs):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setenv(gui_app.QUIT_AFTER_START_ENV, "1")
    assert gui_app.run(str(tmp_path / "events.sqlite3")) == 0
    assert dialogs.calls == []
    assert (qapp.organizationName(), qapp.applicationName()) == ("Roundtable", "Roundtable")
    assert QSettings().value("main_window/geometry") is not None


def test_run_reports_a_database_it_cannot_open(qapp, tmp_path, dialogs):
    assert gui_app.run(str(tmp_path)) == 1  # a folder is not a database
    (text,) = dialogs.texts("critical")
    assert "cannot open the database" in text and "is a folder" in text


def test_start_up_path_imports_nothing_heavy():
    code = (
        "import sys\n"
        "import roundtable.gui.shell.app, roundtable.gui.shell.main_window\n"
        "from roundtable.gui.common.timezones import zone_names\n"
        "heavy = ('reportlab', 'alembic', 'openpyxl', 'jsonschema', "
        "'roundtable.services.bundle', 'roundtable.services.demo', 'PySide6.QtNetwork', "
        "'roundtable.gui.shell.restore_dialog', 'roundtable.gui.shell.safety_dialogs', "
        "'roundtable.gui.people.people_view', 'roundtable.gui.participants.participants_view', "
        "'roundtable.gui.participants.import_wizard', 'roundtable.gui.people.person_editor', "
        "'roundtable.gui.common.fonts', 'roundtable.services.participant_import', "
        "'PySide6.QtPdf', 'PySide6.QtPdfWidgets', 'PySide6.QtPrintSupport', "
        "'roundtable.gui.printing.print_dialog', 'roundtable.gui.printing.printables')\n"
        "print([m for m in heavy if m in sys.modules], zone_names.cache_info().currsize)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).parent,
    )  # fmt: skip
    assert out.stdout.strip() == "[] 0"


def test_the_programme_counts_each_days_items(store):
    """A day without a topic of its own says how many items it has, not "no topic yet"."""
    from roundtable.services.demo import load_demo

    load_demo(store)
    page = event_html(
        store.get_event(store.resolve_event("dc-policy-forum-russia-us-japan-alliance-2018"))
    )
    assert "3 items · 10:30–12:00" in page
    assert "no topic" not in page
