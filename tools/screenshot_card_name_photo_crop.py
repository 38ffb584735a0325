"""Screenshots of issue 18's "Name on card" column and photo crop, to look at them as a user would.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_card_name_photo_crop.py OUT_DIR

Loads the example events into a temporary database, gives two DC participants a name on their
card, and gives one FICTIONAL person a synthetic wide photo (a 3:1 group-shot stand-in, marked
"SAMPLE"; no real photo). Writes card-name-column.png (the Participants tab), photo-crop-editor.png
(the person editor with the frame moved) and bios-wide-photo.png (the booklet's page with that
photo, through pdftoppm). Nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.gui.common.images import encode_photo
from roundtable.gui.people.person_editor import PersonEditorDialog
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import MODE_EVENTS, TAB_PARTICIPANTS, MainWindow
from roundtable.pdf.bios import export_bios
from roundtable.services.demo import load_demo
from roundtable.services.edits.participants import value_edit
from roundtable.store.facade import Store

SIZE = (1280, 800)


def wide_photo() -> bytes:
    """Three synthetic silhouettes on a 3:1 ground, the middle one the person; "SAMPLE"."""
    image = QImage(900, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(170, 190, 210))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i, shade in enumerate((120, 245, 120)):
        cx = 150 + i * 300
        painter.setBrush(QColor(shade, shade, shade))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(cx - 45, 50, 90, 110))
        painter.drawEllipse(QRectF(cx - 100, 175, 200, 220))
    painter.setPen(QColor(200, 40, 40))
    painter.setFont(QFont("DejaVu Sans", 22, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 0, 900, 40), Qt.AlignmentFlag.AlignCenter, "SAMPLE")
    painter.end()
    return encode_photo(image)[0]


def save(widget: QWidget, path: Path) -> None:
    for _ in range(8):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    out: Path = parser.parse_args().out_dir
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "cards.sqlite3"))
        load_demo(store)
        dc = next(e for e in store.list_events() if e.slug.startswith("dc-policy"))
        event = store.get_event(dc.id)
        for participation in event.participants[:2]:  # a short form: "Prof. Correa Cabrera"
            card = f"Prof. {participation.person.family_name}"
            edit = value_edit(event, participation.id, "card_name", card)
            if edit is not None:
                store.apply(edit)
            event = store.get_event(dc.id)

        window = MainWindow(store, settings)
        window.resize(*SIZE)
        window.show()
        window.set_mode(MODE_EVENTS)
        window.select_event(dc.id)
        window.event_tabs.setCurrentIndex(TAB_PARTICIPANTS)
        view = window.participants_view
        assert view is not None
        view.table.horizontalScrollBar().setValue(view.table.horizontalScrollBar().maximum())
        save(window, out / "card-name-column.png")

        sample = store.save_person(
            PersonRecord("Nino", "Beridze", native_name="ნინო ბერიძე", honorific="Dr",
                         photo=wide_photo(), photo_mime="image/jpeg",
                         bio="A fictional person, with a synthetic wide photo. " * 6)
        )  # fmt: skip
        editor = PersonEditorDialog(window, store, store.get_person(sample.id))
        editor.show()
        editor.photo_crop.zoom_slider.setValue(35)
        editor.photo_crop.frame.move_by(0, -0.2)
        save(editor, out / "photo-crop-editor.png")
        cropped = editor.record()
        editor.close()

        plain = store.get_person(sample.id)
        cropped.id, cropped.given_name = -1, "Nino (crop moved)"  # a second entry, its own photo
        people = [ParticipationRecord(plain, precedence=1),
                  ParticipationRecord(cropped, precedence=2)]  # fmt: skip
        booklet = EventRecord("Wide photos", date(2026, 3, 2), date(2026, 3, 2),
                              participants=people)  # fmt: skip
        pdf = Path(tmp) / "bios.pdf"
        export_bios(booklet, pdf, photos={sample.id: wide_photo(), -1: wide_photo()})
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "2", "-l", "2", "-singlefile",
                        str(pdf), str(out / "bios-wide-photo")], check=True)  # fmt: skip
        print(out / "bios-wide-photo.png")
        window.close()
        store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
