"""Merging two records of one person: both side by side, the user picks the one to keep.

What a merge does is spelled out before it happens (the store's rules, see
``Store.merge_people``): the kept record's fields win, its empty fields are filled from the
other, affiliations are joined, every participation moves to the kept person, and the other
record disappears. It can be undone, and the dialog says so.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from roundtable.domain.names import affiliation_text, full_name
from roundtable.domain.records import PersonEvent, PersonRecord
from roundtable.gui.common.images import photo_pixmap
from roundtable.wording import tr

THUMBNAIL = 96


def _name(person: PersonRecord) -> str:
    return (
        full_name(person, honorific=True)
        or person.native_name
        or tr("person {number}").format(number=person.id)
    )


def _event_line(event: PersonEvent) -> str:
    if event.round_number is None:
        return tr("{title} ({year}) — {role}").format(
            title=event.title, year=event.start_date.year, role=event.role.label
        )
    return tr("{title} ({year}, round {round}) — {role}").format(
        title=event.title,
        year=event.start_date.year,
        round=event.round_number,
        role=event.role.label,
    )


class MergeDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        people: tuple[PersonRecord, PersonRecord],
        events: tuple[list[PersonEvent], list[PersonEvent]],
        photos: dict[int, bytes] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Merge people"))
        self._people = people
        self._events = events
        photos = photos or {}

        intro = QLabel(
            tr(
                "These two records will become one person. Choose the record to keep; the "
                "other is folded into it and removed."
            )
        )
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.keep_group = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        for column, person in enumerate(people, start=1):
            button = QRadioButton(tr("Keep {name}").format(name=_name(person)))
            button.setAccessibleName(tr("Keep record {number}").format(number=column))
            self.keep_group.addButton(button, column - 1)
            self.keep_buttons.append(button)
            grid.addWidget(button, 0, column)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, 1, 0, 1, 3)

        rows = [
            (tr("Photo"), None),
            (tr("Name"), lambda p: _name(p)),
            (tr("Own-script name"), lambda p: p.native_name),
            (tr("Country"), lambda p: p.country),
            (tr("Email"), lambda p: p.email),
            (tr("Phone"), lambda p: p.phone),
            (tr("Website"), lambda p: p.website),
            (
                tr("Affiliations"),
                lambda p: affiliation_text(p, positions=True).replace(" / ", "\n"),
            ),
            (tr("Bio"), lambda p: _excerpt(p.bio)),
            (tr("Notes"), lambda p: _excerpt(p.notes)),
        ]
        row = 2
        for label, value in rows:
            key = QLabel(label)
            key.setStyleSheet("color: palette(placeholder-text);")
            key.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(key, row, 0)
            for column, person in enumerate(people, start=1):
                if value is None:
                    cell = QLabel()
                    pixmap = photo_pixmap(photos.get(person.id or -1), THUMBNAIL)
                    if pixmap.isNull():
                        cell.setText("—")
                    else:
                        cell.setPixmap(pixmap)
                else:
                    text = value(person)
                    cell = QLabel(text or "—")
                    cell.setWordWrap(True)
                    cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                grid.addWidget(cell, row, column)
            row += 1
        key = QLabel(tr("Events"))
        key.setStyleSheet("color: palette(placeholder-text);")
        key.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(key, row, 0)
        for column, person_events in enumerate(events, start=1):
            text = "\n".join(_event_line(e) for e in person_events) or tr("none")
            cell = QLabel(text)
            cell.setWordWrap(True)
            cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(cell, row, column)

        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setAccessibleName(tr("What merging does"))
        self.explanation.setStyleSheet(
            "QLabel { background: palette(alternate-base); padding: 8px; border-radius: 4px; }"
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)

        self.keep_group.idToggled.connect(self._update_explanation)
        # Keep the record with more events by default: it is usually the one in use.
        keep = 1 if len(events[1]) > len(events[0]) else 0
        self.keep_buttons[keep].setChecked(True)
        self._update_explanation()
        self.resize(820, 600)

    @property
    def keep_index(self) -> int:
        return max(0, self.keep_group.checkedId())

    def choice(self) -> tuple[int, int]:
        """(the id kept, the id folded into it)."""
        keep = self._people[self.keep_index]
        other = self._people[1 - self.keep_index]
        assert keep.id is not None and other.id is not None
        return keep.id, other.id

    def _update_explanation(self, *_args) -> None:
        keep = self._people[self.keep_index]
        other = self._people[1 - self.keep_index]
        keep_events = {e.event_id for e in self._events[self.keep_index]}
        other_events = self._events[1 - self.keep_index]
        moving = [e for e in other_events if e.event_id not in keep_events]
        shared = [e for e in other_events if e.event_id in keep_events]
        k, o = html.escape(_name(keep)), html.escape(_name(other))
        parts = [
            tr(
                "<b>{kept}</b> is kept. Where a field of it is empty, it is filled from {other}; "
                "their affiliations are joined."
            ).format(kept=k, other=o)
        ]
        if moving:
            parts.append(
                tr(
                    "{other}’s %n participations move to {kept}, with role, delegation and "
                    "attendance.",
                    "",
                    len(moving),
                ).format(kept=k, other=o)
            )
        elif shared:
            parts.append(
                tr(
                    "{other} takes part in no event {kept} is not in already, so no "
                    "participation moves."
                ).format(kept=k, other=o)
            )
        else:
            parts.append(
                tr("{other} takes part in no event, so no participation moves.").format(other=o)
            )
        if shared:
            titles = ", ".join(html.escape(e.title) for e in shared)
            parts.append(
                tr("Both take part in {events}: {kept}’s part there stays.").format(
                    events=titles, kept=k
                )
            )
        parts.append(
            tr("{other} is then removed from the directory. Edit ▸ Undo brings it back.").format(
                other=o
            )
        )
        self.explanation.setText(" ".join(parts))
        self.ok_button.setText(tr("Merge into {name}").format(name=_name(keep)))


def _excerpt(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def get_merge(
    parent: QWidget | None, store, first_id: int, second_id: int
) -> tuple[tuple[int, int] | None, bool]:
    """Ask which of two people to keep; ((keep_id, other_id), True) on OK, (None, False) else."""
    people = (store.get_person(first_id), store.get_person(second_id))
    events = (store.person_events(first_id), store.person_events(second_id))
    found = store.person_photos([first_id, second_id])
    photos = {pid: data for pid, (data, _mime) in found.items()}
    dialog = MergeDialog(parent, people, events, photos)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.choice() if accepted else None, accepted)
