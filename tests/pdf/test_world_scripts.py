"""Names in Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil, Thai, Georgian, Armenian and
Khmer print in every PDF kind: shaped, in visual order, and read back by pdftotext as typed."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from cli_helpers import run_db

from roundtable.pdf import fonts
from roundtable.pdf.coverage import event_warning, unprintable, warning
from roundtable.pdf.fonts import string_width, visual_runs
from roundtable.pdf.kinds import KINDS
from roundtable.pdf.shaping import levels, reorder
from roundtable.store.facade import Store

DATA = Path(__file__).resolve().parent.parent / "data" / "world_names.csv"
DC = "dc-policy-forum-russia-us-japan-alliance-2018"


def world_names() -> list[tuple[str, str, str]]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        return [
            (row["given_name"], row["family_name"], row["script"]) for row in csv.DictReader(handle)
        ]


def readable(text: str) -> str:
    """pdftotext's text, NFKC (Arabic presentation forms back to letters), bidi marks as
    spaces."""
    text = unicodedata.normalize("NFKC", text)
    # pdftotext marks a right-to-left stretch with embedding controls: they end a word.
    return "".join(" " if c in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f" else c for c in text)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True)  # fmt: skip
    return readable(out.stdout)


# -- runs, order, shaping --------------------------------------------------------------------


@pytest.mark.parametrize(("given", "family", "script"), world_names())
def test_each_script_goes_to_its_own_font_and_has_every_glyph(given, family, script):
    name = f"{given} {family}"
    assert fonts.uncovered(name) == set()
    shown = [run.font for run in visual_runs(name)]
    assert len(set(shown)) == 1, shown
    family_name = {"Persian": "Arabic", "Urdu": "Arabic", "Hindi": "Devanagari"}.get(script, script)
    assert shown[0] == f"NotoSans{family_name}"
    assert string_width(name, 10) > 0


def test_arabic_is_joined_and_right_to_left():
    (run,) = visual_runs("محمد العتيبي")
    assert run.rtl
    drawn = str(run.drawn)
    # Joined: contextual forms (presentation forms), not the isolated letters as typed.
    assert drawn != "محمد العتيبي"[::-1]
    assert unicodedata.normalize("NFKC", drawn)[::-1].replace(" ", "") == "محمدالعتيبي"


def test_hebrew_is_reversed_and_a_latin_affiliation_follows_it():
    runs = visual_runs("דוד כהן, Tel Aviv University")
    assert runs[0].text.startswith("דוד כהן") and runs[0].rtl
    assert str(runs[0].drawn).startswith("ןהכ דוד")
    assert runs[-1].text.endswith("Tel Aviv University") and not runs[-1].rtl
    assert fonts.is_rtl("דוד כהן") and fonts.is_rtl("עמרם 12")
    assert not fonts.is_rtl("דוד כהן, Tel Aviv University")


def test_bidi_levels_and_reordering():
    assert levels("abc") == [0, 0, 0]
    assert levels("אב 12") == [1, 1, 1, 2, 2]
    assert reorder(["a", "b", "c"], [1, 1, 0]) == ["b", "a", "c"]
    assert reorder(["x", "1", "2", "y"], [1, 2, 2, 1]) == ["y", "1", "2", "x"]


def test_devanagari_is_shaped_and_keeps_its_text():
    (run,) = visual_runs("प्रियंका त्रिपाठी")
    assert str(run.drawn) != run.text  # conjuncts and reordered vowel signs
    assert run.actual_text and not run.rtl


def test_emoji_are_left_out_not_drawn_as_boxes():
    assert [run.text for run in visual_runs("Anna 🎉 Smith")] == ["Anna  Smith"]
    assert fonts.uncovered("Anna 🎉 Smith") == {"🎉"}


def test_align_start_puts_a_right_to_left_line_flush_right():
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(os.devnull)
    width = fonts.draw_string(canvas, 10, 10, "דוד כהן", 12, align="start", box_width=200)
    code = canvas._code[-1]
    assert f"{10 + 200 - width:.4g}"[:5] in code or "Tm" in code


# -- the coverage warning --------------------------------------------------------------------


def test_the_warning_names_each_name_that_loses_characters():
    assert warning(["José Müller", "محمد العتيبي", "राहुल शर्मा"]) == ""
    text = warning(["Anna 🎉 Smith", "Bob 🇺🇸", "José", "Anna 🎉 Smith", "Kim 🥳"])
    assert text.startswith("3 names contain characters no font can print: ")
    assert "Anna 🎉 Smith (🎉)" in text and "Bob 🇺🇸" in text and "Kim 🥳 (🥳)" in text
    assert unprintable(["ok", "x🥳"]) == [("x🥳", "🥳")]


def test_the_warning_lists_five_and_counts_the_rest():
    text = warning([f"Person {i} 🥳" for i in range(8)])
    assert text.startswith("8 names") and text.endswith("3 more")


# -- lazy registration (item 10) -------------------------------------------------------------


@pytest.mark.slow
def test_a_latin_only_export_registers_only_dejavu(demo_database, tmp_path):
    """A fresh process exports a Latin-only event's name cards and agenda: reportlab ends
    up with DejaVu Sans and its bold, none of the other shipped fonts."""
    db = shutil.copyfile(demo_database, tmp_path / "latin.sqlite3")
    store = Store.open(str(db), daily_backup=False)
    try:
        event = store.get_event(store.resolve_event(DC))
        for participation in event.participants:
            person = participation.person
            person.native_name = ""
            person.country = "USA"
            store.save_person(person)
            participation.card_name = ""
    finally:
        store.close()
    script = f"""
import sys
from roundtable.cli import main
from roundtable.pdf.fonts import FONT_FILES, registered_fonts
from reportlab.pdfbase import pdfmetrics
for kind in ("namecards", "agenda", "bios"):
    assert main(["--db", {str(db)!r}, "export", kind, {DC!r}, "-o",
                 {str(tmp_path)!r} + "/" + kind + ".pdf"]) == 0
shipped = set(FONT_FILES) & set(pdfmetrics.getRegisteredFontNames())
print(sorted(shipped), registered_fonts())
assert shipped == {{"DejaVuSans", "DejaVuSans-Bold"}}, shipped
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# -- every PDF kind --------------------------------------------------------------------------


def _rename_to_world_names(db: Path, chunk: int) -> dict[int, tuple[str, str]]:
    """Give the DC event's seven participants seven of the world names, the ``chunk``-th
    seven (Latin affiliations kept); returns person id -> (old Latin family name, new name)."""
    store = Store.open(str(db), daily_backup=False)
    renamed: dict[int, tuple[str, str]] = {}
    try:
        event = store.get_event(store.resolve_event(DC))
        count = len(event.participants)
        names = world_names()[chunk * count : (chunk + 1) * count]
        for participation, (given, family, _script) in zip(event.participants, names, strict=False):
            person = participation.person
            assert person.id is not None
            old = person.family_name
            person.given_name, person.family_name = given, family
            person.native_name = ""
            person.patronymic = ""
            store.save_person(person)
            renamed[person.id] = (old, f"{given} {family}")
    finally:
        store.close()
    return renamed


@pytest.mark.slow
@pytest.mark.parametrize("chunk", [0, 1, 2])
def test_world_names_read_back_from_every_pdf_kind(demo_database, tmp_path, chunk):
    """Every kind is exported before and after renaming: whoever's Latin family name was in
    a kind's text has every word of their new name back, each word's letters in order."""
    before_db = shutil.copyfile(demo_database, tmp_path / "before.sqlite3")
    after_db = shutil.copyfile(demo_database, tmp_path / "after.sqlite3")
    renamed = _rename_to_world_names(after_db, chunk)
    assert len(renamed) >= 6
    seen_anywhere: set[str] = set()
    for kind in [kind for kind in KINDS if kind.key != "minutes"]:  # no minutes in the demo
        before, after = tmp_path / f"before-{kind.key}.pdf", tmp_path / f"after-{kind.key}.pdf"
        assert run_db(before_db, "export", kind.key, DC, "-o", before).returncode == 0
        result = run_db(after_db, "export", kind.key, DC, "-o", after)
        assert result.returncode == 0, result.stderr
        assert "no font can print" not in result.stderr
        old_text, new_text = pdf_text(before), pdf_text(after)
        # Words as printed, without the punctuation that joins names in a list ("A, B").
        new_words = {word.strip(",;:.()") for word in new_text.split()}
        for old_family, name in renamed.values():
            if old_family and old_family in old_text:
                missing = [word for word in name.split() if word not in new_words]
                assert not missing, (kind.key, name, missing)
                seen_anywhere.add(name)
        if shutil.which("pdffonts"):
            listing = subprocess.run(["pdffonts", str(after)], capture_output=True, text=True)
            rows = listing.stdout.splitlines()[2:]
            assert rows and all(" yes " in row for row in rows), listing.stdout
    assert seen_anywhere == {name for _old, name in renamed.values()}


@pytest.mark.slow
def test_the_command_line_warns_about_names_no_font_can_print(demo_database, tmp_path):
    db = shutil.copyfile(demo_database, tmp_path / "emoji.sqlite3")
    store = Store.open(str(db), daily_backup=False)
    try:
        event = store.get_event(store.resolve_event(DC))
        person = event.participants[0].person
        person.given_name = person.given_name + " 🎉"
        store.save_person(person)
        assert "no font can print" in event_warning(store.get_event(event.id))
    finally:
        store.close()
    result = run_db(db, "export", "namecards", DC, "-o", tmp_path / "cards.pdf")
    assert result.returncode == 0
    assert "no font can print" in result.stderr
    assert "🎉" in result.stderr
    assert "🎉" not in pdf_text(tmp_path / "cards.pdf")
