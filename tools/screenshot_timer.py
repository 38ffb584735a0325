"""Screenshots of the moderator's timer and of planned against actual, to look at them as the
moderator and the organiser would.

    xvfb-run -a -s "-screen 0 1400x1000x24" python tools/screenshot_timer.py [OUT_DIR]

With the example events in a temporary database and a fake clock (no waiting):

* timer-ready.png — the Trilateral's second round before the start, the day chooser open to use;
* timer-trilateral-normal.png, -warning.png, -overtime.png — its opening remarks, Ambassador
  Kozuki speaking with 9 minutes left, Andrey Kortunov with 1:30 left, then 1:40 over;
* timer-dc-normal.png, -warning.png, -overtime.png — the Washington roundtable's discussion,
  five speakers sharing the hour, and its Q&A run over;
* timer-paused.png — paused mid-turn;
* timer-extended.png — a minute more for the speaker ("+"): the count and the item's line
  under it agree to the second;
* timer-finish-question.png — "Finish" asks before it ends the session;
* timer-dark-palette.png — on a desktop with a dark theme: its own greys, the overtime red
  lightened until it reads on them;
* planned-actual-dc.png — the Washington session driven through the timer, then compared;
* planned-actual-trilateral.png — the Trilateral's example log (two days) compared;
* planned-actual-empty.png — an event nobody has timed yet.

OUT_DIR is docs/screenshots by default.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from roundtable.domain.clock import SetClock
from roundtable.gui.log.planned_actual_view import PlannedActualView
from roundtable.gui.log.timer_window import TimerWindow
from roundtable.gui.shell.app import application
from roundtable.services.demo import load_demo
from roundtable.services.planned_actual import planned_vs_actual
from roundtable.store.facade import Store

TIMER_SIZE = (1280, 760)
VIEW_SIZE = (1100, 820)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
DC = "dc-policy-forum-russia-us-japan-alliance-2018"
TRILATERAL = "us-japan-russia-trilateral-round-2-2017"


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed windows go now


def save(widget: QWidget, path: Path) -> None:
    settle(QApplication.instance())
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def timer_on(store, settings, event_id: int) -> TimerWindow:
    window = TimerWindow(store, settings, store.get_event(event_id))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as open_timer does
    window.tick.stop()  # the fake clock only moves when told; refresh() by hand
    window.resize(*TIMER_SIZE)
    window.show()
    settle(QApplication.instance())
    window.refresh()
    return window


def trilateral_shots(store, settings, clock: SetClock, out: Path) -> None:
    """The timer's states on the Trilateral (its entries are not written: see main)."""
    event_id = store.resolve_event(TRILATERAL)
    clock.now = datetime(2017, 3, 15, 6, 2, tzinfo=UTC)  # 09:02 in Moscow
    window = timer_on(store, settings, event_id)
    save(window, out / "timer-ready.png")
    window.session.start()
    clock.advance(6)
    window.refresh()
    save(window, out / "timer-trilateral-normal.png")
    clock.advance(10)
    window.session.next_speaker()
    clock.advance(13, 30)
    window.refresh()
    save(window, out / "timer-trilateral-warning.png")
    clock.advance(3, 10)
    window.refresh()
    save(window, out / "timer-trilateral-overtime.png")
    window.session.pause()
    clock.advance(2)
    window.refresh()
    save(window, out / "timer-paused.png")
    window.session.finish()
    window.close()
    settle(QApplication.instance())


def extended_shots(store, settings, clock: SetClock, out: Path) -> None:
    """A minute more for a speaker, then the question "Finish" asks (not written: see main)."""
    event_id = store.resolve_event(TRILATERAL)
    clock.now = datetime(2017, 3, 15, 6, 2, 0, 700_000, tzinfo=UTC)  # a fraction past 09:02
    window = timer_on(store, settings, event_id)
    window.session.start()
    clock.advance(6, 5.6)
    window.extend()
    save(window, out / "timer-extended.png")
    real_question = QMessageBox.question

    def show_question(parent, title, text, buttons, default):
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setDefaultButton(default)
        box.show()
        save(box, out / "timer-finish-question.png")
        box.close()
        return QMessageBox.StandardButton.Cancel

    QMessageBox.question = staticmethod(show_question)
    try:
        window.finish()
    finally:
        QMessageBox.question = real_question
    window.session.finish()
    window.close()
    settle(QApplication.instance())


def dark_palette() -> QPalette:
    """A desktop's dark theme, as Fusion's dark recipes make it."""
    palette = QPalette()
    role = QPalette.ColorRole
    for which, colour in ((role.Window, "#353535"), (role.WindowText, "#eeeeee"),
                          (role.Base, "#252525"), (role.Text, "#eeeeee"),
                          (role.Button, "#353535"), (role.ButtonText, "#eeeeee"),
                          (role.PlaceholderText, "#7f7f7f"), (role.Link, "#2a82da"),
                          (role.Highlight, "#2a82da")):  # fmt: skip
        palette.setColor(which, QColor(colour))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor("#7f7f7f"))
    return palette


def dark_shot(store, settings, clock: SetClock, out: Path) -> None:
    """The Trilateral's opening run over, on a dark desktop theme (not written: see main)."""
    app = QApplication.instance()
    before = QPalette(app.palette())
    app.setPalette(dark_palette())
    try:
        clock.now = datetime(2017, 3, 15, 6, 2, tzinfo=UTC)
        window = timer_on(store, settings, store.resolve_event(TRILATERAL))
        window.session.start()
        clock.advance(16)
        window.session.next_speaker()
        clock.advance(16, 40)
        window.refresh()
        save(window, out / "timer-dark-palette.png")
        window.session.finish()
        window.close()
        settle(app)
    finally:
        app.setPalette(before)


def dc_shots(store, settings, clock: SetClock, out: Path) -> int:
    """Drives the whole Washington session through the timer; returns its event id."""
    event_id = store.resolve_event(DC)
    clock.now = datetime(2018, 2, 26, 15, 33, tzinfo=UTC)  # 10:33: three minutes late
    window = timer_on(store, settings, event_id)
    session = window.session
    window._do(session.toggle)
    clock.advance(11, 40)  # Correa Cabrera's opening
    window._do(session.next_speaker)
    clock.advance(0, 50)
    window._do(session.next_item)
    clock.advance(4, 15)  # Ha, of a 12-minute share
    window.refresh()
    save(window, out / "timer-dc-normal.png")
    clock.advance(9, 45)
    window._do(session.next_speaker)
    clock.advance(10, 20)  # Rojansky: 11:00 share, 40 seconds left
    window.refresh()
    save(window, out / "timer-dc-warning.png")
    for minutes in (1.5, 13, 9.5, 11):  # Rojansky, Saunders, Iwashita, Golunov
        clock.advance(minutes)
        window._do(session.next_speaker)
    clock.advance(2)
    window._do(session.next_item)  # Q&A, 20 minutes
    clock.advance(23, 5)
    window.refresh()
    save(window, out / "timer-dc-overtime.png")
    window._do(session.finish)
    window.close()
    settle(QApplication.instance())
    return event_id


def report_shots(store, out: Path, dc_id: int) -> None:
    view = PlannedActualView()
    view.resize(*VIEW_SIZE)
    view.show()
    for name, event_id in (("dc", dc_id), ("trilateral", store.resolve_event(TRILATERAL))):
        event = store.get_event(event_id)
        view.show_report(event, planned_vs_actual(event, store.event_log(event_id).entries))
        save(view, out / f"planned-actual-{name}.png")
    first = store.get_event(store.resolve_event("us-japan-russia-trilateral-round-1-2016"))
    view.show_report(first, planned_vs_actual(first, []))
    view.resize(700, 300)
    save(view, out / "planned-actual-empty.png")
    view.close()


def main() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)

    application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "screenshots.sqlite3"))
        load_demo(store)
        clock = SetClock(datetime(2017, 3, 15, 6, 0, tzinfo=UTC))
        store.clock = clock
        store.author = "Moderator"
        # The Trilateral's example log already times its session: its timer shots do not
        # write their entries, so its planned against actual stays the example's.
        trilateral_shots(store, settings, clock, args.out_dir)
        extended_shots(store, settings, clock, args.out_dir)
        dark_shot(store, settings, clock, args.out_dir)
        dc_id = dc_shots(store, settings, clock, args.out_dir)
        report_shots(store, args.out_dir, dc_id)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
