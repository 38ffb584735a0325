"""A combo box editor for table cells whose value is one of a few choices.

The model says what the choices are (``CHOICES_ROLE``: [(label, value)]) and whether a typed
value is allowed too (``FREE_TEXT_ROLE``, e.g. a new delegation's name), so one delegate serves
the participants table (role, delegation, attendance) and the import wizard's column mapping.
A choice is committed as soon as it is picked: one click, one change, one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from roundtable.gui.common.signals import emit

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 100
"""[(label, value)] for the cell's combo box; None where the cell has no choices."""
FREE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 101
"""True where the combo box also takes a typed value."""
COMMITTED = "roundtable_committed"  # an editor's property once its pick has been committed


class ChoiceDelegate(QStyledItemDelegate):
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        combo.setAccessibleName(str(header or ""))
        for label, value in choices:
            combo.addItem(label, value)
        if index.data(FREE_TEXT_ROLE):
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        else:
            # Open at once: picking is then a single click, as in a spreadsheet.
            QTimer.singleShot(0, combo, combo.showPopup)
        combo.activated.connect(self._picked)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value)
        if found >= 0:
            editor.setCurrentIndex(found)
        elif editor.isEditable():
            editor.setEditText(str(value or ""))

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex):
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        model.setData(index, combo_value(editor), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index) -> None:
        editor.setGeometry(option.rect)

    def _picked(self, _row: int) -> None:
        """A bound slot, not a lambda: editors come and go, and PySide keeps a receiver object
        alive for every lambda connected."""
        editor = self.sender()
        if isinstance(editor, QComboBox):
            self._commit(editor)

    def _commit(self, editor: QComboBox) -> None:
        """Once per editor: a pick commits and closes it, and nothing that follows (its popup
        closing, the focus leaving it) may commit it again, which the view would refuse with
        "commitData called with an editor that does not belong to this view"."""
        if editor.property(COMMITTED):
            return
        editor.setProperty(COMMITTED, True)
        emit(self.commitData, editor)
        emit(self.closeEditor, editor, QStyledItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, watched, event) -> bool:
        if isinstance(watched, QComboBox) and watched.property(COMMITTED):
            return False  # already committed and closing: not again on focus out
        return super().eventFilter(watched, event)


def combo_value(combo: QComboBox):
    """The chosen value: a listed item's data, or (editable combos) the typed text."""
    if combo.isEditable():
        text = combo.currentText().strip()
        found = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return combo.itemData(found) if found >= 0 else text
    return combo.currentData()
