"""The bios booklet: embedded fonts, names read back exactly, page sizes, flow, escaping, and
atomic writing. PDFs are made once per module and shared, to keep the suite fast."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pdf_samples import mixed_script_event, sample_photos
from pypdf import PdfReader

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.names import full_name
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.pdf import bios as bios_module
from roundtable.pdf.bios import export_bios
from roundtable.pdf.document import page_size
from roundtable.pdf.fonts import missing_glyphs, reset_missing_glyphs
from roundtable.services.demo import load_demo
from roundtable.store.facade import Store

A4 = (595.2756, 841.8898)
LETTER = (612.0, 792.0)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdffonts, pdftotext) is not installed",
)


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True)
    return unicodedata.normalize("NFC", out.stdout.decode("utf-8"))


def flat(text: str) -> str:
    """Whitespace collapsed: a long name may wrap, which pdftotext gives as a line break."""
    return " ".join(text.split())


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows]


def image_count(path: Path) -> int:
    count = 0
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for ref in xobjects.values():
            if ref.get_object().get("/Subtype") == "/Image":
                count += 1
    return count


def names_of(event: EventRecord) -> list[str]:
    names = []
    for p in event.participants:
        if p.attendance is Attendance.DECLINED:
            continue
        names.append(full_name(p.person))
        if p.person.native_name:
            names.append(p.person.native_name)
    return [unicodedata.normalize("NFC", n) for n in names if n]


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("bios")


@pytest.fixture(scope="module")
def mixed() -> EventRecord:
    return mixed_script_event()


@pytest.fixture(scope="module")
def mixed_pdfs(out_dir, mixed) -> dict[str, Path]:
    reset_missing_glyphs()
    made = {}
    for paper in ("a4", "letter"):
        made[paper] = out_dir / f"mixed-{paper}.pdf"
        assert export_bios(mixed, made[paper], paper=paper, photos=sample_photos(mixed))
    return made


@pytest.fixture(scope="module")
def demo_pdfs(out_dir) -> dict[str, tuple[EventRecord, Path]]:
    store = Store.open(str(out_dir / "demo.sqlite3"), daily_backup=False)
    try:
        load_demo(store)
        made = {}
        for summary in store.list_events():
            event = store.get_event(summary.id)
            made[summary.slug] = (event, out_dir / f"{summary.slug}.pdf")
            export_bios(event, made[summary.slug][1])
        return made
    finally:
        store.close()


# -- fonts and text --------------------------------------------------------------------------


@needs_poppler
def test_every_font_is_embedded(mixed_pdfs, demo_pdfs):
    for path in [*mixed_pdfs.values(), *(p for _e, p in demo_pdfs.values())]:
        fonts = pdf_fonts(path)
        assert fonts, path
        assert all(emb == "yes" for _name, emb in fonts), (path.name, fonts)
        assert not any("Helvetica" in name for name, _emb in fonts)


@needs_poppler
def test_every_name_reads_back_exactly_as_typed(mixed, mixed_pdfs, demo_pdfs):
    for event, path in [(mixed, mixed_pdfs["a4"]), *demo_pdfs.values()]:
        text = flat(pdf_text(path))
        for name in names_of(event):
            assert flat(name) in text, (path.name, name)
    # The decomposed "José" comes out composed (NFC), as a reader would type it.
    assert "José Müller-Lüdenscheidt" in pdf_text(mixed_pdfs["a4"])
    assert missing_glyphs() == {}


@needs_poppler
def test_booklet_contents_and_order(mixed, mixed_pdfs):
    text = flat(pdf_text(mixed_pdfs["a4"]))
    cover = flat(pdf_text(mixed_pdfs["a4"], page=1))
    assert mixed.title in cover
    assert mixed.subtitle in cover
    assert "Tue 12 – Thu 14 March 2024, 09:30–17:00" in cover
    assert "Hotel Metropol, Salon Vrubel" in cover and "109012 Moscow" in cover
    assert "Russian International Affairs Council (RIAC)" in cover
    assert "Participant biographies" in cover and "9 participants" in cover
    assert "Director General, Russian International Affairs Council" in text
    assert "Japanese Ambassador to Russia, Embassy of Japan in Russia" in text
    assert "Russian delegation" in text and "Ambassador" in text
    # Declined people are left out.
    assert "Declined Person" not in text and "Should not appear" not in text
    # Role order (host, opening speaker, participants, discussant, rapporteur), then precedence.
    order = [
        "Andrey Kortunov",
        "Toyohisa Kozuki",
        "Akihiro Iwashita",
        "Li Wei",
        "Yong-Chool Ha",
        "Nikos Papadopoulos",
        "Maria Konstantinovna Aleksandrova-Rimskaya-Korsakova",
        "José Müller-Lüdenscheidt",
        "Łukasz Żółkiewski",
    ]
    positions = [text.index(name, text.index("HOST")) for name in order]
    assert positions == sorted(positions)
    # Footer: short title and page numbers on every page after the cover.
    pages = len(PdfReader(str(mixed_pdfs["a4"])).pages)
    for page in range(2, pages + 1):
        page_text = pdf_text(mixed_pdfs["a4"], page)
        assert "Neighbours Across Scripts" in page_text
        assert f"Page {page} of {pages}" in page_text
    assert "Page 1 of" not in cover


@needs_poppler
def test_a_long_bio_flows_across_pages_with_a_running_head(mixed_pdfs):
    reader = PdfReader(str(mixed_pdfs["a4"]))
    assert len(reader.pages) > 2
    pages_with_bio = [
        n
        for n in range(2, len(reader.pages) + 1)
        if "Dr Aleksandrova-Rimskaya has written" in pdf_text(mixed_pdfs["a4"], n)
    ]
    assert len(pages_with_bio) >= 2
    later = pdf_text(mixed_pdfs["a4"], pages_with_bio[1])
    assert "Aleksandrova-Rimskaya-Korsakova (continued)" in flat(later)


def test_exact_page_sizes(mixed_pdfs):
    for paper, expected in (("a4", A4), ("letter", LETTER)):
        reader = PdfReader(str(mixed_pdfs[paper]))
        for page in reader.pages:
            box = page.mediabox
            assert float(box.width) == pytest.approx(expected[0], abs=0.01)
            assert float(box.height) == pytest.approx(expected[1], abs=0.01)
    assert page_size("LETTER") == (612, 792)
    with pytest.raises(UserError, match="unknown paper size"):
        page_size("a5")


def test_photos_are_embedded_scaled_and_bad_ones_left_out(out_dir, mixed, caplog):
    assert image_count(out_dir / "mixed-a4.pdf") == 4
    photos = sample_photos(mixed)
    photos[mixed.participants[2].person.id] = b"not an image at all"
    target = out_dir / "bad-photo.pdf"
    with caplog.at_level(logging.WARNING, logger="roundtable.pdf.bios"):
        assert export_bios(mixed, target, photos=photos)
    assert image_count(target) == 4
    assert "Akihiro Iwashita" in caplog.text
    # The big 1200×1600 photo is scaled to about 300 dpi at its printed size.
    assert target.stat().st_size < 400_000


# -- escaping --------------------------------------------------------------------------------


@needs_poppler
def test_markup_in_user_text_prints_literally_and_opens_nothing(out_dir):
    person = PersonRecord(
        given_name="AT&T",
        family_name="<b>Corp",
        native_name='<img src="/etc/passwd"/>',
        honorific="<i>Dr</i>",
        bio='<img src="/etc/passwd"/> & <a href="x">link</a> <font name="Helvetica">x</font>',
        id=1,
    )
    event = EventRecord(
        title="Escaping <b>test</b> & more",
        start_date=date(2024, 1, 1),
        end_date=date(2024, 1, 1),
        participants=[ParticipationRecord(person=person)],
    )
    target = out_dir / "escape.pdf"
    assert export_bios(event, target)
    text = pdf_text(target)
    assert "AT&T <b>Corp" in text
    assert '<img src="/etc/passwd"/>' in text
    assert "<i>Dr</i>" in text
    assert '<font name="Helvetica">x</font>' in text
    assert "Escaping <b>test</b> & more" in text
    assert image_count(target) == 0
    assert all(emb == "yes" for _name, emb in pdf_fonts(target))


# -- layout ----------------------------------------------------------------------------------


def _many(count: int, bio_words: int) -> EventRecord:
    people = []
    for n in range(count):
        words = " ".join(f"word{n}x{k}" for k in range((n * 37) % bio_words + 20))
        person = PersonRecord(
            given_name=f"Person{n}",
            family_name="Example",
            affiliations=[],
            bio=f"Bio{n} begins here. {words}\n\nSecond paragraph of bio{n}.",
            id=n + 1,
        )
        people.append(ParticipationRecord(person=person, role=ParticipantRole.PARTICIPANT))
    return EventRecord(
        title="Many people",
        start_date=date(2024, 5, 1),
        end_date=date(2024, 5, 2),
        participants=people,
    )


@needs_poppler
@pytest.mark.parametrize(("paper", "bio_words"), [("a4", 260), ("letter", 300)])
def test_no_name_is_left_at_a_page_foot_without_its_bio(out_dir, paper, bio_words):
    # These sizes put several headers near a page foot: without the RoomFor guard, names
    # 7, 9 and 13 (A4) and 9, 16 and 17 (Letter) end their page alone.
    event = _many(24, bio_words)
    target = out_dir / f"many-{paper}.pdf"
    export_bios(event, target, paper=paper)
    pages = len(PdfReader(str(target)).pages)
    assert pages >= 4
    texts = {n: flat(pdf_text(target, n)) for n in range(2, pages + 1)}
    for n in range(24):
        name_page = next(p for p, t in texts.items() if re.search(rf"\bPerson{n} Example\b", t))
        assert f"Bio{n} begins here." in texts[name_page], f"Person{n} is cut from its bio"


@needs_poppler
def test_participants_without_bio_and_events_without_participants(demo_pdfs):
    _event, dc = demo_pdfs["dc-policy-forum-russia-us-japan-alliance-2018"]
    assert "Edward Boyle" in pdf_text(dc)  # no bio, still an entry
    _event, first_round = demo_pdfs["us-japan-russia-trilateral-round-1-2016"]
    assert "No participants have been added" in pdf_text(first_round)
    assert len(PdfReader(str(first_round)).pages) == 2


# -- writing ---------------------------------------------------------------------------------


def _small_event() -> EventRecord:
    event = mixed_script_event()
    return replace(event, participants=event.participants[:3])


def test_missing_folder_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        export_bios(_small_event(), tmp_path / "no" / "such" / "bios.pdf")


def test_failure_mid_build_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "bios.pdf"
    target.write_bytes(b"old")

    def explode(done: int, total: int) -> bool:
        if done == 2:
            raise RuntimeError("boom")
        return True

    with pytest.raises(RuntimeError, match="boom"):
        export_bios(_small_event(), target, progress=explode)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["bios.pdf"]


def test_cancel_leaves_no_file_and_progress_counts_entries(tmp_path):
    target = tmp_path / "bios.pdf"
    seen: list[tuple[int, int]] = []

    def cancel_at_two(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    assert export_bios(_small_event(), target, progress=cancel_at_two) is False
    assert list(tmp_path.iterdir()) == []
    assert seen[-1] == (2, 3)

    seen.clear()
    assert export_bios(_small_event(), target, progress=lambda d, t: seen.append((d, t))) is True
    assert target.read_bytes().startswith(b"%PDF-")
    dones = [d for d, _t in seen]
    assert dones == sorted(dones) and seen[-1] == (3, 3) and {t for _d, t in seen} == {3}


def test_layout_errors_become_user_errors(tmp_path, monkeypatch):
    from reportlab.platypus.doctemplate import LayoutError

    def broken(*_args, **_kw):
        raise LayoutError("Flowable <Table> too large on page 2")

    monkeypatch.setattr(bios_module, "_entries", broken)
    with pytest.raises(UserError, match="cannot lay out bios.pdf"):
        export_bios(_small_event(), tmp_path / "bios.pdf")
    assert list(tmp_path.iterdir()) == []
