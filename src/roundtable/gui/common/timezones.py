"""Time-zone picking. The zone list is read from disk, so only when an editor first needs it."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from roundtable.domain.validation import valid_timezone
from roundtable.wording import tr


@cache
def zone_names() -> tuple[str, ...]:
    from zoneinfo import available_timezones

    names = {n for n in available_timezones() if "/" in n or n == "UTC"}
    names -= {n for n in names if n.startswith(("posix/", "right/", "SystemV/"))}
    return tuple(sorted(names))


def system_zone() -> str:
    """This computer's IANA zone, the likeliest one for a new event; UTC if unknown."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="ignore")
    if name in ("Etc/UTC", "Etc/GMT", "Etc/Universal", "Etc/Zulu", "GMT", "Universal"):
        return "UTC"
    return name if valid_timezone(name) else "UTC"


class TimeZoneCombo(QComboBox):
    """Editable, with completion on any part of the name ("mosc" finds Europe/Moscow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.addItems(list(zone_names()))
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line_edit = self.lineEdit()
        assert line_edit is not None  # editable, so it has one
        line_edit.setPlaceholderText(tr("e.g. Europe/Moscow"))

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)
