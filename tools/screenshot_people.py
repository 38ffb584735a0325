"""Screenshots of the people directory and the participants tab, to look at them as a user would.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_people.py OUT_DIR
    xvfb-run -a python tools/screenshot_people.py OUT_DIR

Loads the example events into a temporary database and adds a few FICTIONAL people with names
in Cyrillic, Greek, Japanese, Chinese and Korean, each with a synthetic placeholder portrait
(initials on a coloured ground, marked "SAMPLE", drawn here with QPainter; no real photos). The
example events' people are real, so none of them gets an invented bio or photo.

Writes into OUT_DIR: people-directory.png (a fictional person's page, with photo),
people-filtered.png, person-editor.png and person-editor-affiliations.png,
participants-trilateral.png (second round), participants-dc.png, person-picker.png,
import-mapping.png, import-preview.png (a list with problems: Import disabled),
import-preview-ready.png, import-malformed.png (an unclosed quote), merge-dialog.png and
duplicate-warning.png. Nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QApplication, QWidget

from roundtable.domain.enums import Attendance, NameOrder, ParticipantRole
from roundtable.domain.records import (
    AffiliationRecord,
    DelegationRecord,
    OrganisationRecord,
    ParticipationRecord,
    PersonRecord,
)
from roundtable.gui.common.fonts import register_missing_fonts
from roundtable.gui.common.images import encode_photo
from roundtable.gui.participants.import_wizard import ImportWizard
from roundtable.gui.participants.person_picker import PersonPickerDialog
from roundtable.gui.people.duplicates_dialog import DuplicatesDialog
from roundtable.gui.people.merge_dialog import MergeDialog
from roundtable.gui.people.person_editor import TAB_AFFILIATIONS, PersonEditorDialog
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import MODE_EVENTS, MODE_PEOPLE, TAB_PARTICIPANTS, MainWindow
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

SIZE = (1280, 800)
DC_SLUG = "dc-policy-forum-russia-us-japan-alliance-2018"


def portrait(initials: str, hue: int, size: int = 480) -> tuple[bytes, str]:
    """A clearly synthetic portrait: a silhouette, the initials and "SAMPLE"."""
    image = QImage(size, int(size * 1.25), QImage.Format.Format_RGB32)
    background = QColor.fromHsv(hue, 60, 235)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    figure = QColor.fromHsv(hue, 110, 150)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(figure)
    w, h = image.width(), image.height()
    painter.drawEllipse(QRectF(w * 0.30, h * 0.16, w * 0.40, w * 0.40))
    shoulders = QPainterPath()
    shoulders.addRoundedRect(QRectF(w * 0.12, h * 0.56, w * 0.76, h * 0.60), w * 0.3, w * 0.3)
    painter.drawPath(shoulders)
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(w * 0.16))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, h * 0.60, w, h * 0.25), Qt.AlignmentFlag.AlignCenter, initials)
    font.setPixelSize(int(w * 0.06))
    painter.setFont(font)
    painter.setPen(QColor.fromHsv(hue, 120, 110))
    painter.drawText(QRectF(0, h * 0.02, w, h * 0.1), Qt.AlignmentFlag.AlignCenter, "SAMPLE")
    painter.end()
    return encode_photo(image)


def fictional_people() -> list[tuple[PersonRecord, str, int]]:
    """(person, initials, hue): invented names and bios, one per script."""
    institute = OrganisationRecord(
        name="Institute for Northeast Asian Studies (fictional)", short_name="INEAS"
    )
    maritime = OrganisationRecord(name="Athens Centre for Maritime Policy (fictional)")
    seoul = OrganisationRecord(name="Han River Policy Forum (fictional)")
    kyoto = OrganisationRecord(name="Kamo Institute of International Affairs (fictional)")
    shanghai = OrganisationRecord(name="Huangpu Centre for Regional Studies (fictional)")

    def bio(name: str, subject: str) -> str:
        return (
            f"{name} is a fictional researcher invented for these screenshots. Their work "
            f"covers {subject}.\n\nThey have written on confidence-building measures and "
            "track II diplomacy in Northeast Asia. (Sample text: no real person.)"
        )

    return [
        (
            PersonRecord(
                honorific="Dr",
                given_name="Irina",
                family_name="Sokolova",
                native_name="Ирина Соколова",
                country="Russia",
                email="i.sokolova@example.org",
                phone="+7 495 000 00 00",
                website="example.org/sokolova",
                affiliations=[AffiliationRecord(institute, "Senior Research Fellow")],
                bio=bio("Irina Sokolova", "Russia–Japan relations and Arctic shipping"),
            ),  # fmt: skip
            "IS",
            200,
        ),
        (
            PersonRecord(
                given_name="Eleni",
                family_name="Papadaki",
                native_name="Ελένη Παπαδάκη",
                country="Greece",
                email="eleni.papadaki@example.org",
                affiliations=[AffiliationRecord(maritime, "Director")],
                bio=bio("Eleni Papadaki", "maritime law and sea lanes in East Asia"),
            ),  # fmt: skip
            "EP",
            30,
        ),
        (
            PersonRecord(
                honorific="Prof.",
                given_name="Haruka",
                family_name="Morita",
                native_name="森田遥",
                country="Japan",
                email="morita@example.jp",
                affiliations=[AffiliationRecord(kyoto, "Professor")],
                bio=bio("Haruka Morita", "Japanese foreign policy in the Kuril Islands dispute"),
            ),  # fmt: skip
            "HM",
            330,
        ),
        (
            PersonRecord(
                given_name="Xiaomei",
                family_name="Lin",
                name_order=NameOrder.FAMILY_FIRST,
                native_name="林晓梅",
                country="China",
                email="lin.xiaomei@example.cn",
                affiliations=[AffiliationRecord(shanghai, "Research Fellow")],
                bio=bio("Lin Xiaomei", "China–Russia energy cooperation"),
            ),  # fmt: skip
            "LX",
            120,
        ),
        (
            PersonRecord(
                given_name="Ji-woo",
                family_name="Seo",
                name_order=NameOrder.FAMILY_FIRST,
                native_name="서지우",
                country="South Korea",
                email="jiwoo.seo@example.kr",
                affiliations=[AffiliationRecord(seoul, "Program Director")],
                bio=bio("Seo Ji-woo", "inter-Korean relations and regional security"),
            ),  # fmt: skip
            "SJ",
            260,
        ),
    ]


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle(QApplication.instance())
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def populate(store: Store) -> dict[str, int]:
    """The examples plus fictional people; returns ids by key."""
    load_demo(store)
    ids: dict[str, int] = {}
    for person, initials, hue in fictional_people():
        person.photo, person.photo_mime = portrait(initials, hue)
        saved = store.save_person(person)
        assert saved.id is not None
        ids[person.family_name] = saved.id
    # A second record of Haruka Morita, typed differently: the merge and duplicate dialogs.
    second = store.save_person(
        PersonRecord(
            given_name="Haruka",
            family_name="MORITA",
            native_name="森田 遥",
            phone="+81 75 000 0000",
            affiliations=[
                AffiliationRecord(OrganisationRecord(name="Tokyo Foundation"), "Visiting Fellow")
            ],
        )  # fmt: skip
    )
    assert second.id is not None
    ids["Morita-2"] = second.id

    events = store.list_events()
    second_round = next(e for e in events if e.round_number == 2)
    event = store.get_event(second_round.id)
    ids["trilateral"] = second_round.id
    new = copy.deepcopy(event)
    names = {d.name for d in new.delegations}
    for name, country in (("Chinese observers", "China"), ("Korean observers", "South Korea")):
        if name not in names:
            new.delegations.append(DelegationRecord(name, country))
    last = max((p.precedence for p in new.participants), default=0)
    plan = [
        ("Sokolova", ParticipantRole.DISCUSSANT, "Russian delegation", Attendance.ATTENDED),
        ("Morita", ParticipantRole.CHAIR, "Japanese delegation", Attendance.ATTENDED),
        ("Papadaki", ParticipantRole.RAPPORTEUR, "", Attendance.CONFIRMED),
        ("Lin", ParticipantRole.OBSERVER, "Chinese observers", Attendance.CONFIRMED),
        ("Seo", ParticipantRole.OBSERVER, "Korean observers", Attendance.INVITED),
    ]
    for offset, (key, role, delegation, attendance) in enumerate(plan, start=1):
        person = store.get_person(ids[key])
        new.participants.append(
            ParticipationRecord(person, role, delegation, last + offset, attendance)
        )
    store.save_event(new)

    dc_id = store.resolve_event(DC_SLUG)
    ids["dc"] = dc_id
    dc = store.get_event(dc_id)
    dc.participants.append(
        ParticipationRecord(
            store.get_person(ids["Seo"]),
            ParticipantRole.DISCUSSANT,
            precedence=max(p.precedence for p in dc.participants) + 1,
            attendance=Attendance.DECLINED,
        )  # fmt: skip
    )
    store.save_event(dc)

    first_round = next(e for e in events if e.round_number == 1)
    first = store.get_event(first_round.id)
    first.participants.append(
        ParticipationRecord(store.get_person(ids["Morita-2"]), ParticipantRole.PARTICIPANT,
                            "Japanese delegation", 1, Attendance.ATTENDED)
    )  # fmt: skip
    store.save_event(first)
    return ids


IMPORT_CSV = """\
Full name,Email Address,Organisation,Job title,Country,Delegation,Role,Dietary needs
Andrey Kortunov,,Russian International Affairs Council,Director General,Russia,\
Russian delegation,Opening speaker,
Dmitri Volkov,d.volkov@example.org,Institute for Northeast Asian Studies \
(fictional),Research Fellow,Russia,Russian delegation,Participant,vegetarian
Σοφία Αλεξίου,sofia.alexiou@example.gr,Athens Centre for Maritime Policy \
(fictional),Analyst,Greece,,Observer,
佐藤 花子,hanako.sato@example.jp,Kamo Institute of International Affairs (fictional),\
Fellow,Japan,Japanese delegation,Participant,
김민서,minseo.kim@example.kr,Han River Policy Forum (fictional),Researcher,South Korea,\
Korean observers,Observer,halal
Dmitri Volkov,d.volkov@example.org,,,Russia,,Participant,
"""


def main() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "people.sqlite3"))
        ids = populate(store)
        window = MainWindow(store, settings)
        window.resize(*SIZE)
        window.show()
        settle(app)
        report = register_missing_fonts()
        print(f"fonts: missing {report.missing or 'none'}, registered {report.registered}")

        # -- the directory ----------------------------------------------------------------
        window.set_mode(MODE_PEOPLE)
        people = window.people_view
        assert people is not None
        people.select_person(ids["Sokolova"])
        save(window, out / "people-directory.png")
        shown = []
        people.person_shown.connect(lambda: shown.append(True))
        people.filter_edit.setText("mori")
        while not shown:  # the page follows once typing pauses
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        save(window, out / "people-filtered.png")
        people.filter_edit.clear()

        editor = PersonEditorDialog(window, store, store.get_person(ids["Morita"]))
        editor.show()
        save(editor, out / "person-editor.png")
        editor.tabs.setCurrentIndex(TAB_AFFILIATIONS)
        save(editor, out / "person-editor-affiliations.png")
        editor.close()

        first, second = store.get_person(ids["Morita"]), store.get_person(ids["Morita-2"])
        photos = {k: v[0] for k, v in store.person_photos([ids["Morita"]]).items()}
        merge = MergeDialog(
            window,
            (first, second),
            (store.person_events(ids["Morita"]), store.person_events(ids["Morita-2"])),
            photos,
        )
        merge.show()
        save(merge, out / "merge-dialog.png")
        merge.close()

        typed = PersonRecord(given_name="haruka", family_name="Morita")
        duplicates = DuplicatesDialog(
            window, typed, store.find_duplicates(typed), allow_existing=True
        )
        duplicates.show()
        save(duplicates, out / "duplicate-warning.png")
        duplicates.close()

        # -- participants -----------------------------------------------------------------
        window.set_mode(MODE_EVENTS)
        window.select_event(ids["trilateral"])
        window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
        settle(app)
        view = window.participants_view
        assert view is not None
        view.table.selectRow(3)
        save(window, out / "participants-trilateral.png")
        window.select_event(ids["dc"])
        save(window, out / "participants-dc.png")

        trilateral = store.get_event(ids["trilateral"])
        present = {p.person.id for p in trilateral.participants}
        picker = PersonPickerDialog(
            window, store.list_people(), present,
            [d.name for d in trilateral.delegations], trilateral.title,
        )  # fmt: skip
        picker.show()
        picker.filter_edit.setText("a")
        picker.table.selectionModel().select(
            picker.proxy.index(0, 0),
            picker.table.selectionModel().SelectionFlag.Select
            | picker.table.selectionModel().SelectionFlag.Rows,
        )
        save(picker, out / "person-picker.png")
        picker.close()

        csv_path = Path(tmp) / "registrations.csv"
        csv_path.write_text(IMPORT_CSV, encoding="utf-8")
        wizard = ImportWizard(window, store, trilateral, path=str(csv_path))
        wizard.show()
        wizard.next()
        save(wizard, out / "import-mapping.png")
        wizard.next()
        save(wizard, out / "import-preview.png")
        fixed = "".join(IMPORT_CSV.splitlines(keepends=True)[:-1])  # without the repeat
        csv_path.write_text(fixed, encoding="utf-8")
        wizard.preview_page.recheck()
        save(wizard, out / "import-preview-ready.png")
        lines = fixed.splitlines(keepends=True)
        lines[2] = lines[2].replace("Dmitri Volkov", '"Dmitri Volkov', 1)  # a quote never closed
        csv_path.write_text("".join(lines), encoding="utf-8")
        wizard.preview_page.recheck()
        save(wizard, out / "import-malformed.png")
        wizard.close()

        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
