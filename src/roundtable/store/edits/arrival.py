"""The handler of an arrival at the door (``domain.edits.arrival``): the participant's
attendance and the log entry in one transaction, through the handlers that make each."""

from __future__ import annotations

import dataclasses

from roundtable.domain.edits.arrival import RecordArrival
from roundtable.domain.edits.log import AddLogEntry
from roundtable.domain.edits.participants import AddParticipants, SetParticipantFields
from roundtable.domain.enums import Attendance, ChangeArea
from roundtable.domain.records import ParticipationRecord
from roundtable.store.edits.registry import EditContext, handles, run
from roundtable.wording import tr


@handles(RecordArrival)
def record_arrival(context: EditContext, edit: RecordArrival) -> int:
    """The participation's id (the walk-in's new one). Refused, changing nothing, when the
    participant's attendance is no longer the one seen (marked by another window meanwhile)."""
    tx = context.tx
    if edit.participation_id is not None:
        changes = {"attendance": (edit.attendance_seen, Attendance.ATTENDED)}
        run(context, SetParticipantFields(participation_id=edit.participation_id, changes=changes))
        participation_id = edit.participation_id
    elif edit.walk_in is not None:
        entry = ParticipationRecord(person=edit.walk_in, attendance=Attendance.ATTENDED)
        added = run(context, AddParticipants(event_id=edit.event_id, entries=(entry,)))
        participation_id = added[0]
    else:
        raise ValueError("an arrival needs a participant or a walk-in")
    row = tx.need("participation", participation_id, tr("that participant"))
    if row["event_id"] != edit.event_id:
        raise ValueError(f"participation {participation_id} is not in this event")
    entry_record = dataclasses.replace(edit.entry, person_ids=[row["person_id"]])
    run(context, AddLogEntry(event_id=edit.event_id, entry=entry_record))
    if edit.text:
        tx.note(edit.event_id, ChangeArea.PARTICIPANTS, edit.text)
    return participation_id
