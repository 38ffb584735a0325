"""The view of the seating drawing: zoom, fit, keys and the seat's context menu.

A plan is fitted when first shown, never blown up past 150 % and, on a first look, never shrunk
below the zoom where names can still be read (centred on the head instead; the Fit button and
Ctrl+0 show the whole table however small). Ctrl+wheel, Ctrl++ and Ctrl+− zoom. The arrow keys
step from seat to seat; Delete, Return, F2 and the menu key act on the seat chosen, and the
view keeps those keys from the window's shortcuts (Delete must never delete the event).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsView, QWidget

from roundtable.gui.common.own_keys import claims_key
from roundtable.gui.common.signals import emit
from roundtable.gui.seating.seating_scene import SeatingScene, SeatItem

MIN_ZOOM, MAX_ZOOM, MAX_FIT_ZOOM = 0.05, 5.0, 1.5
READABLE_ZOOM = 0.62  # names are about 9.5 pixels high here: the least a first look shows
ZOOM_STEP = 1.25


class SeatingCanvas(QGraphicsView):
    """The view of the table: zoom (buttons, Ctrl+wheel, Ctrl++/-/0), fit when first shown,
    arrow keys step from seat to seat, and a context menu on a seat.

    Keys that mean something here keep them: Delete (unseat, not delete the event), Return
    (seat the selected person), F2 (label the seat).
    """

    context_menu_requested = Signal(int, QPoint)
    """(seat number, global position)."""
    key_action = Signal(str)
    """"unseat", "seat" or "label" from Delete, Return or F2 on the selected seat."""

    _OWN_KEYS = {
        Qt.Key.Key_Delete: "unseat",
        Qt.Key.Key_Backspace: "unseat",
        Qt.Key.Key_Return: "seat",
        Qt.Key.Key_Enter: "seat",
        Qt.Key.Key_F2: "label",
    }

    def __init__(self, scene: SeatingScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.auto_fit = True  # until the user zooms: refit when resized
        self.keep_readable = True  # until the user asks for the whole table
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QColor("#fbfbfa"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fitted: tuple | None = None  # what the last fit() fitted, to not do it twice

    def _scene(self) -> SeatingScene:
        scene = self.scene()
        assert isinstance(scene, SeatingScene)
        return scene

    # -- zoom -------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        self._fitted = None
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        self.setTransform(QTransform.fromScale(factor, factor))

    def zoom_in(self) -> None:
        self.auto_fit = False
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.auto_fit = False
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit(self, whole: bool = False) -> None:
        """The whole table in view, never blown up past 150 % (a small table stays small).

        A plan's first look (``keep_readable``) stops at a zoom where the names can still be
        read, centred on the head; ``whole`` (the Fit button, Ctrl+0) shows all of it however
        small, and the table keeps being fitted so until the user zooms.
        """
        self.auto_fit = True
        if whole:
            self.keep_readable = False
        rect = self.sceneRect()
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        factor = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        factor = min(factor * 0.98, MAX_FIT_ZOOM)
        centre = rect.center()
        if self.keep_readable and factor < READABLE_ZOOM:
            factor = READABLE_ZOOM
            head = self._scene().head_item()
            if head is not None:
                centre = head.scenePos()
        fitted = (rect, viewport.size(), factor, centre)
        if fitted == self._fitted:
            return  # already so: setting it again would repaint every seat for nothing
        self.set_zoom(factor)
        self.centerOn(centre)
        self._fitted = fitted

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.auto_fit = False
                self.set_zoom(self.zoom * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    # -- keys and menus ---------------------------------------------------------------------

    def event(self, event) -> bool:
        if claims_key(event, self._OWN_KEYS):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        scene = self._scene()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key in self._OWN_KEYS:
            emit(self.key_action, self._OWN_KEYS[Qt.Key(key)])
            return
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_seat(1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1)
            return
        if key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            number = scene.selected_seat()
            item = scene.seat_item(number) if number is not None else None
            if item is not None:
                point = self.mapToGlobal(self.mapFromScene(item.scenePos()))
                emit(self.context_menu_requested, item.number, point)
            return
        super().keyPressEvent(event)

    def step_seat(self, step: int) -> None:
        """Select the next (1) or previous (-1) seat, round the table."""
        scene = self._scene()
        numbers = sorted(scene.seat_items)
        if not numbers:
            return
        current = scene.selected_seat()
        if current is None:
            target = numbers[0] if step > 0 else numbers[-1]
        else:
            target = numbers[(numbers.index(current) + step) % len(numbers)]
        scene.select_seat(target)
        item = scene.seat_item(target)
        if item is not None:
            self.ensureVisible(item, 20, 20)

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        while item is not None and not isinstance(item, SeatItem):
            item = item.parentItem()
        if item is None:
            number = self._scene().selected_seat()
            if number is None or event.reason() != event.Reason.Keyboard:
                return
            item = self._scene().seat_item(number)
            if item is None:
                return
        self._scene().select_seat(item.number)
        emit(self.context_menu_requested, item.number, event.globalPos())
