"""The minutes and the log PDF start with the attendance list; the non-attributed minutes name
nobody once the texts the warning lists are rephrased (read back with pypdf)."""

from dataclasses import replace

import pytest
from pypdf import PdfReader

from roundtable.domain.enums import Attribution
from roundtable.domain.log import EventLog
from roundtable.domain.records import EventRecord
from roundtable.pdf.log_pdf import export_log_pdf, export_minutes_pdf
from roundtable.services.attribution import naming_texts
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

ROUND_2 = "us-japan-russia-trilateral-round-2-2017"
NAMES = ("Kozuki", "Kortunov", "上月", "Кортунов", "Toyohisa", "Andrey")


@pytest.fixture(scope="module")
def round_2(tmp_path_factory) -> tuple[EventRecord, EventLog]:
    store = Store.open(str(tmp_path_factory.mktemp("db") / "demo.sqlite3"), daily_backup=False)
    try:
        load_demo(store)
        event = store.get_event(store.resolve_event(ROUND_2))
        return replace(event, attribution=Attribution.CHATHAM_HOUSE), store.event_log(event.id)
    finally:
        store.close()


def text_of(path) -> str:
    return " ".join("".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_the_minutes_start_with_who_attended(round_2, tmp_path):
    event, log = round_2
    out = tmp_path / "minutes.pdf"
    export_minutes_pdf(event, out, log=log)
    text = text_of(out)
    attendance = text.index("Attendance")
    assert attendance < text.index("Minutes Participants from the three countries")
    order = [d.name for d in event.delegations]  # the event's order of delegations
    by_delegation = sorted([("Japanese delegation: Toyohisa Kozuki"),
                            ("Russian delegation: Andrey Kortunov")],
                           key=lambda text: order.index(text.split(":")[0]))  # fmt: skip
    assert "Present (2): " + "; ".join(by_delegation) in text
    record = text.index("Record of the discussion")
    assert "People: Toyohisa Kozuki, Andrey Kortunov" in text[record:]
    assert "spoke 15:30" not in text  # timing entries are the log's, not the minutes'
    assert "NCAFP rapporteur" not in text  # nor who wrote what


def test_the_log_starts_with_who_attended(round_2, tmp_path):
    event, log = round_2
    out = tmp_path / "log.pdf"
    export_log_pdf(event, log, out)
    text = text_of(out)
    assert text.index("Attendance") < text.index("Minutes") < text.index("Journal")
    assert "Present (2)" in text


def test_non_attributed_minutes_name_nobody_once_the_listed_texts_are_rephrased(round_2, tmp_path):
    event, log = round_2
    listed = naming_texts(event, log.entries)
    assert [found.excerpt[:40] for found in listed] == ["Japanese Ambassador to Russia Toyohisa K"]
    rephrased = EventLog(
        [replace(e, text="The heads of two delegations opened the event.")
         if e is listed[0].entry else e for e in log.entries],
        log.changes,
    )  # fmt: skip
    assert naming_texts(event, rephrased.entries) == []
    out = tmp_path / "minutes.pdf"
    assert export_minutes_pdf(event, out, log=rephrased, non_attributed=True)
    text = text_of(out)
    for name in NAMES:
        assert name not in text
    assert "Held under the Chatham House Rule" in text
    assert "Present (2) Minutes" in text  # counts only
    assert "People: a member of the Japanese delegation, a member of the Russian delegation" in (
        text
    )
