"""Screenshots of the Seating tab with the example events, to look at it as a user would.

    xvfb-run -a -s "-screen 0 1400x1000x24" python tools/screenshot_seating.py [OUT_DIR]

Writes into OUT_DIR (docs/screenshots by default), from a temporary database with the example
events and temporary settings:

* seating-view-dc.png: the DC roundtable's plan, moderator at the head, a seat selected;
* seating-view-trilateral.png: the Moscow round, its seats reserved for the three delegations;
* seating-view-drag.png: a person being dragged from the Unseated list onto a seat (the drag
  is staged: the target's drop ring and the picture under the pointer are what a drag shows);
* seating-view-auto-seat.png: the Auto-seat dialog;
* seating-view-violations.png: a keep-apart rule broken, its seats ringed in red;
* seating-view-u-shape.png and seating-view-classroom.png: the other layouts, auto-seated,
  with a locked seat and a seat kept for the press;
* seating-view-empty.png: an event with no plan yet;
* seating-view-plan-dialog.png: the plan dialog with an impossible layout explained.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QSettings
from PySide6.QtWidgets import QApplication, QGraphicsPixmapItem, QWidget

from roundtable.domain.enums import TableShape
from roundtable.domain.records import EventRecord
from roundtable.domain.seating import PairRule, SeatingPlanRecord, SeatRecord
from roundtable.gui.common.signals import emit
from roundtable.gui.seating.seating_dialogs import AutoSeatDialog, PlanDialog
from roundtable.gui.shell.app import application
from roundtable.gui.shell.main_window import TAB_SEATING, MainWindow
from roundtable.services.auto_seating import SeatingRules, apply_assignments, auto_seat
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

SIZE = (1400, 900)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle(QApplication.instance())
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def pid(event: EventRecord, family_name: str) -> int:
    return next(p.id for p in event.participants if p.person.family_name == family_name)


def seated(event: EventRecord, plan: SeatingPlanRecord) -> SeatingPlanRecord:
    """``plan`` filled by auto seating with the default rules."""
    return apply_assignments(plan, auto_seat(plan, event.participants, SeatingRules()).assignments)


def add_plans(store: Store, event_id: int) -> None:
    """Extra plans for the DC roundtable: the demo has a round table only."""
    event = store.get_event(event_id)
    boyle, saunders = pid(event, "Boyle"), pid(event, "Saunders")
    extra = [
        SeatingPlanRecord("Workshop, U-shape", TableShape.U_SHAPE, seat_count=12, head_seat=6,
                          seats=[SeatRecord(6, boyle, locked=True), SeatRecord(12, label="Press")]),
        SeatingPlanRecord("Briefing, classroom", TableShape.CLASSROOM, seat_count=12,
                          seats_per_side=6, seats=[SeatRecord(12, label="Interpreter")]),
        SeatingPlanRecord("Working lunch", TableShape.ROUND, seat_count=8,
                          seats=[SeatRecord(1, boyle, locked=True)],
                          pair_rules=[PairRule(saunders, pid(event, "Rojansky"), together=False)]),
    ]  # fmt: skip
    event.seating_plans += [seated(event, plan) for plan in extra]
    store.save_event(event)


def main() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=DEFAULT_OUT)
    args = parser.parse_args()
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(os.path.join(tmp, "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(os.path.join(tmp, "screenshots.sqlite3"))
        ids = load_demo(store)
        events = {store.get_event(i).title: i for i in ids}
        dc = next(i for title, i in events.items() if title.startswith("Russia in the US-Japan"))
        moscow = next(i for title, i in events.items() if title.endswith("Second Round"))
        first_round = next(i for title, i in events.items() if title.endswith("First Round"))
        add_plans(store, dc)

        window = MainWindow(store, settings)
        window.resize(*SIZE)
        window.show()
        settle(app)
        window.reload()
        window.splitter.setSizes([270, SIZE[0] - 270])
        window.tree.expandAll()
        window.select_event(dc)
        window.event_tabs.setCurrentIndex(TAB_SEATING)
        view = window.seating_view
        assert view is not None
        settle(app)

        view.select_plan("Round table, Seminar Room")
        view.select_seat(1)
        save(window, out / "seating-view-dc.png")

        window.select_event(moscow)
        settle(app)
        view.select_seat(None)
        save(window, out / "seating-view-trilateral.png")

        # A drag in progress: Saunders off his seat and on his way to seat 5 of the lunch table.
        window.select_event(dc)
        view.select_plan("Working lunch")
        event = store.get_event(dc)
        lunch = next(p for p in event.seating_plans if p.name == "Working lunch")
        at = next(s.number for s in lunch.seats if s.participation_id == pid(event, "Saunders"))
        view.unseat(at)
        settle(app)
        view.select_person(pid(event, "Saunders"))
        target = view.scene.seat_item(at)
        assert target is not None
        target.set_drop_state("ok")
        row = view.unseated_model.row_of(pid(event, "Saunders"))
        rect = view.unseated_list.visualRect(view.unseated_model.index(row))
        picture = view.unseated_list.viewport().grab(rect)
        ghost = QGraphicsPixmapItem(picture)
        ghost.setOpacity(0.85)
        ghost.setPos(target.scenePos() + QPointF(-picture.width() / 2, 8))
        ghost.setZValue(10)
        view.scene.addItem(ghost)
        emit(view.message, "Drop on a seat to seat Paul J. Saunders there")
        save(window, out / "seating-view-drag.png")
        view.scene.removeItem(ghost)
        target.set_drop_state(None)
        window.statusBar().clearMessage()
        window.undo_stack.undo()

        # A broken rule: Saunders and Rojansky must sit apart; put them side by side.
        event = store.get_event(dc)
        lunch = next(p for p in event.seating_plans if p.name == "Working lunch")
        saunders, rojansky = pid(event, "Saunders"), pid(event, "Rojansky")
        at = next(s.number for s in lunch.seats if s.participation_id == rojansky)
        beside = at % lunch.seat_count + 1
        if lunch.seat(beside).locked:
            beside = (at - 2) % lunch.seat_count + 1
        view.seat_person(saunders, beside)
        settle(app)
        model = view.violations_model
        row = next(r for r in range(model.rowCount()) if model.violation(r).kind == "apart")
        view.violations_list.setCurrentIndex(model.index(row))
        save(window, out / "seating-view-violations.png")
        window.undo_stack.undo()

        view.select_plan("Workshop, U-shape")
        view.select_seat(6)
        save(window, out / "seating-view-u-shape.png")
        view.select_plan("Briefing, classroom")
        view.select_seat(None)
        save(window, out / "seating-view-classroom.png")

        dialog = AutoSeatDialog(window, store.get_event(moscow),
                                store.get_event(moscow).seating_plans[0], settings)  # fmt: skip
        dialog.show()
        save(dialog, out / "seating-view-auto-seat.png")
        dialog.close()

        window.select_event(first_round)
        settle(app)
        save(window, out / "seating-view-empty.png")

        dialog = PlanDialog(window, store.get_event(dc))
        dialog.shape_combo.setCurrentIndex(dialog.shape_combo.findData(TableShape.U_SHAPE))
        dialog.count_spin.setValue(12)
        dialog.per_side_spin.setValue(5)
        dialog.show()
        save(dialog, out / "seating-view-plan-dialog.png")
        dialog.close()

        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
