"""An attachment's name is only ever a safe base name: from a bundle, from a file added, from
any edit of the store; a name that is a path, a device or a hidden file never gets through."""

from __future__ import annotations

import base64
import copy
from datetime import date

import pytest

from roundtable.domain.edits.event import SetAttachments
from roundtable.domain.records import AttachmentRecord, EventRecord
from roundtable.services import bundle as b
from roundtable.services.demo import DEMO_BUNDLES

HOSTILE = {
    "../../../../etc/cron.d/evil": "evil",
    "/etc/passwd": "passwd",
    "C:\\Windows\\evil.bat": "evil.bat",
    "C:evil.bat": "evil.bat",
    "..": "attachment",
    ".": "attachment",
    "CON": "_CON",
    "nul.txt": "_nul.txt",
    "LPT1": "_LPT1",
    "flyer\x00.pdf": "flyer.pdf",
    "flyer\n.pdf": "flyer.pdf",
    ".bashrc": "bashrc",
    "report. . ": "report",
    "evil\u202efdp.exe": "evilfdp.exe",
    'a<b>c:d"e|f?g*h.txt': "a_b_c_d_e_f_g_h.txt",
    "": "attachment",
}
KEPT = ["flyer.pdf", "上月豊久 profile.jpg", "Программа.docx", "Zoë's notes.txt"]


@pytest.mark.parametrize(("name", "safe"), HOSTILE.items(), ids=[repr(n) for n in HOSTILE])
def test_hostile_names_become_safe_base_names(name, safe):
    from roundtable.domain.file_names import safe_file_name

    assert safe_file_name(name) == safe


@pytest.mark.parametrize("name", KEPT)
def test_ordinary_names_in_any_script_are_kept(name):
    from roundtable.domain.file_names import safe_file_name

    assert safe_file_name(name) == name


def test_a_very_long_name_keeps_its_extension_within_255_bytes():
    from roundtable.domain.file_names import safe_file_name

    name = safe_file_name("豊" * 200 + ".pdf")
    assert name.endswith("豊.pdf") and len(name.encode("utf-8")) <= 255


def with_attachments(*names: str) -> dict:
    bundle = copy.deepcopy(DEMO_BUNDLES[0])
    data = base64.b64encode(b"%PDF-1.4").decode("ascii")
    bundle["event"]["attachments"] = [
        {"filename": name, "kind": "document", "data_base64": data} for name in names
    ]
    return bundle


def test_a_bundle_cannot_store_a_path_as_a_name(store):
    names = ["../../../../etc/cron.d/evil", "/etc/passwd", "C:\\Windows\\evil.bat", "CON"]
    event_id = b.import_bundle(store, with_attachments(*names))
    stored = [a.filename for a in store.get_event(event_id).attachments]
    assert stored == ["evil", "passwd", "evil.bat", "_CON"]


def test_the_store_keeps_only_safe_names_whatever_edit_brings_them(store):
    record = EventRecord("Flyers", date(2020, 1, 1), date(2020, 1, 1))
    record.attachments = [AttachmentRecord("/etc/passwd", data=b"x")]
    event = store.save_event(record)
    assert [a.filename for a in event.attachments] == ["passwd"]
    added = AttachmentRecord("../../.ssh/authorized_keys", data=b"y")
    store.apply(SetAttachments(event_id=event.id, before=tuple(event.attachments),
                               after=(*event.attachments, added)))  # fmt: skip
    assert [a.filename for a in store.get_event(event.id).attachments] == [
        "passwd",
        "authorized_keys",
    ]
