"""The seat list that follows each plan's drawing in the seating chart PDF.

A table of every seat in use (seat, name, own-script name, delegation, affiliation, role; a
reserved or locked empty seat says so), running over as many portrait pages as it needs, then
how many seats are taken and who has none. It always has everyone, so a name too long for the
drawing is never lost.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from roundtable.domain.enums import Attendance
from roundtable.domain.naming import Output, printed_affiliation, printed_name
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.pdf.document import ACCENT, MUTED, RULE, para, plain_paragraphs, style, table
from roundtable.pdf.people import person_lang
from roundtable.wording import QT_TR_NOOP, tr

# The seat list's column heads, translated where set (``tr(head)``).
HEADS = (QT_TR_NOOP("Seat"), QT_TR_NOOP("Name"), QT_TR_NOOP("Own script"),
         QT_TR_NOOP("Delegation"), QT_TR_NOOP("Affiliation"), QT_TR_NOOP("Role"))  # fmt: skip


class SeatListStyles:
    def __init__(self) -> None:
        self.list_title = style("list-title", 15, 19, bold=True, colour=ACCENT)
        self.notes = style("notes", 9, 12.5, colour=MUTED, spaceBefore=3)
        self.head = style("head", 7.5, 9.5, bold=True, colour=MUTED)
        self.cell = style("cell", 8.5, 11)
        self.cell_bold = style("cell-bold", 8.5, 11, bold=True)
        self.cell_muted = style("cell-muted", 8, 10.5, colour=MUTED)
        self.summary = style("summary", 9, 12.5, spaceBefore=4 * mm)


def seat_list(
    event: EventRecord, plan: SeatingPlanRecord, styles: SeatListStyles, width: float
) -> list[Flowable]:
    """Seat, name, own-script name, delegation, affiliation and role of every seat in use,
    then how many seats are taken and who has none."""
    title = tr("Seat list · {plan}").format(plan=plan.name)
    story: list[Flowable] = [para(title, styles.list_title)]
    story += [para(text, styles.notes) for text in plain_paragraphs(plan.notes)]
    story.append(Spacer(1, 3 * mm))
    # Looked up by a seat's participation id, None for an empty seat.
    people: dict[int | None, ParticipationRecord] = {
        p.id: p for p in event.participants if p.id is not None
    }
    rows: list[list[object]] = [[para(tr(head).upper(), styles.head) for head in HEADS]]
    taken = 0
    spans: list[tuple[object, ...]] = []  # a reserved seat's line runs across the empty cells
    for seat in sorted(plan.seats, key=lambda s: s.number):
        participation = people.get(seat.participation_id)
        if participation is None and not seat.label.strip() and not seat.locked:
            continue
        number = [para(str(seat.number), styles.cell_bold)]
        if seat.number == plan.head_seat:
            number.append(para(tr("head", "the head seat"), styles.cell_muted))
        if seat.locked:
            number.append(para(tr("locked", "a locked seat"), styles.cell_muted))
        if participation is None:
            reserved = seat.label.strip()
            label = tr("Reserved: {label}").format(label=reserved) if reserved else tr("Kept empty")
            rows.append([number, para(label, styles.cell_muted), "", "", "", ""])
            spans.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
            continue
        taken += 1
        rows.append([number, *_person_cells(participation, seat.label.strip(), styles)])
    ratios = (0.075, 0.25, 0.21, 0.125, 0.2, 0.14)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *spans,
    ]
    if len(rows) > 1:
        story.append(table(rows, [width * r for r in ratios], commands, repeatRows=1,
                           splitByRow=1, hAlign="LEFT"))  # fmt: skip
    seated = set(plan.occupants().values())
    summary = tr("{taken} of %n seats taken.", "", plan.seat_count).format(taken=taken)
    story.append(para(summary, styles.summary))
    missing = [
        p for p in sorted(event.participants, key=lambda p: p.precedence)
        if p.attendance is not Attendance.DECLINED and p.id not in seated
    ]  # fmt: skip
    if missing:
        names = ", ".join(printed_name(p.person, Output.SEAT_LIST) for p in missing)
        story.append(para(tr("Not seated: {names}.").format(names=names), styles.notes))
    return story


def _person_cells(
    participation: ParticipationRecord, label: str, styles: SeatListStyles
) -> list[object]:
    person = participation.person
    lang = person_lang(person)
    name: list[Flowable] = [para(printed_name(person, Output.SEAT_LIST), styles.cell_bold, lang)]
    if label:
        name.append(para(label, styles.cell_muted))
    native = person.native_name.strip()
    return [
        name,
        para(native, styles.cell, lang) if native else "",
        para(participation.delegation, styles.cell) if participation.delegation else "",
        para(printed_affiliation(person, Output.SEAT_LIST), styles.cell, lang),
        para(participation.role.label, styles.cell),
    ]
