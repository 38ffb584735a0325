"""Issue 18, items 4 and 8: a participant's name on the card (stored, migrated, edited field by
field, carried in bundles, imported and exported) and the crop of a person's photo (stored,
checked, and applied in the bios booklet so a wide photo prints at the portrait frame's shape)."""

from __future__ import annotations

import copy
import csv
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from roundtable.domain.photo_crop import (
    PORTRAIT_ASPECT,
    Crop,
    crop_box,
    default_crop,
    fitted_crop,
    format_crop,
    parse_crop,
)
from roundtable.domain.records import EventRecord, ParticipationRecord, PersonRecord
from roundtable.errors import UserError
from roundtable.pdf import bios
from roundtable.services import bundle as b
from roundtable.services.demo import DEMO_BUNDLES
from roundtable.services.edits.participants import value_edit
from roundtable.services.participant_export import COLUMNS, export_participants
from roundtable.store.facade import Store
from roundtable.store.recorder import StaleError

# -- the crop, as numbers -----------------------------------------------------------------------


def test_default_crop_of_a_wide_photo_is_the_portrait_frame_centred_across():
    crop = default_crop(900, 300)
    assert crop.h == pytest.approx(1) and crop.y == 0
    assert crop.w * 900 / (crop.h * 300) == pytest.approx(PORTRAIT_ASPECT)
    assert crop.x == pytest.approx((1 - crop.w) / 2)


def test_default_crop_of_a_tall_photo_is_centred_on_the_upper_third():
    crop = default_crop(300, 900)
    assert crop.w == pytest.approx(1)
    assert (crop.y + crop.h / 2) * 900 == pytest.approx(300, abs=1) or crop.y == 0
    box = crop_box(300, 900, "")
    assert (box[2] - box[0]) / (box[3] - box[1]) == pytest.approx(PORTRAIT_ASPECT, rel=0.01)


def test_a_stored_crop_is_fitted_to_the_frame_and_kept_inside():
    crop = fitted_crop(900, 300, Crop(0.8, 0, 0.2, 1))  # too wide for the frame, at the right
    assert crop.w * 900 / (crop.h * 300) == pytest.approx(PORTRAIT_ASPECT)
    assert crop.x + crop.w <= 1.0000001
    again = parse_crop(format_crop(crop))
    assert again is not None
    assert (again.x, again.y, again.w, again.h) == pytest.approx(
        (crop.x, crop.y, crop.w, crop.h), abs=1e-4
    )
    for bad in ("x", "1,2,3", "0.5,0.5,0.9,0.9", "-0.1,0,0.5,0.5", "0,0,0,0"):
        assert parse_crop(bad) is None
    assert parse_crop("") is None


def test_a_bad_crop_is_refused_by_validation_and_ignored_in_print():
    from roundtable.domain.validation import validate_person

    with pytest.raises(UserError, match="photo crop"):
        validate_person(PersonRecord("Eleni", "Papadaki", photo_crop="0,0,2,2"))
    validate_person(PersonRecord("Eleni", "Papadaki", photo_crop="0.1,0,0.5,1"))
    assert crop_box(900, 300, "0,0,2,2") == crop_box(900, 300, "")  # the automatic crop


# -- the crop in the bios booklet ----------------------------------------------------------------


def three_bands(width: int = 900, height: int = 300) -> bytes:
    """A 3:1 photo: red, green and blue thirds."""
    picture = Image.new("RGB", (width, height))
    for i, colour in enumerate(((220, 0, 0), (0, 200, 0), (0, 0, 220))):
        picture.paste(colour, (i * width // 3, 0, (i + 1) * width // 3, height))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def booklet_image(tmp_path: Path, crop: str) -> Image.Image:
    person = PersonRecord("Eleni", "Papadaki", id=7, photo_crop=crop)
    event = EventRecord(
        "Wide photos",
        date(2026, 3, 2),
        date(2026, 3, 2),
        participants=[ParticipationRecord(person)],
    )
    path = tmp_path / "bios.pdf"
    assert bios.export_bios(event, path, photos={7: three_bands()})
    images = [image for page in PdfReader(str(path)).pages for image in page.images]
    assert len(images) == 1
    return images[0].image


def test_a_wide_photo_prints_at_the_portrait_frame_s_aspect(tmp_path):
    picture = booklet_image(tmp_path, "")
    assert picture.width / picture.height == pytest.approx(PORTRAIT_ASPECT, rel=0.02)
    centre = picture.convert("RGB").getpixel((picture.width // 2, picture.height // 2))
    assert centre[1] > 150 and centre[0] < 80  # the middle (green) third: centred across


def test_the_drawn_photo_fills_the_frame():
    jpeg, width, height = bios._prepare_photo(three_bands())
    assert (width, height) == pytest.approx((bios.PHOTO_WIDTH, bios.PHOTO_HEIGHT), rel=0.01)
    assert max(width, height) == pytest.approx(bios.PHOTO_HEIGHT)  # whole pixels: ±1 px across


def test_the_person_s_crop_chooses_what_prints(tmp_path):
    picture = booklet_image(tmp_path, "0.0000,0.0000,0.2000,1.0000")  # the left (red) side
    assert picture.width / picture.height == pytest.approx(PORTRAIT_ASPECT, rel=0.02)
    centre = picture.convert("RGB").getpixel((picture.width // 2, picture.height // 2))
    assert centre[0] > 150 and centre[1] < 80


# -- the name on the card -----------------------------------------------------------------------


def event_with_two(store) -> EventRecord:
    event = EventRecord("Cards", date(2026, 3, 2), date(2026, 3, 2), participants=[
        ParticipationRecord(PersonRecord("Toyohisa", "Kozuki"), precedence=1),
        ParticipationRecord(PersonRecord("Eleni", "Papadaki"), precedence=2,
                            card_name="Dr Papadaki"),
    ])  # fmt: skip
    return store.save_event(event)


def by_family(event: EventRecord) -> dict[str, ParticipationRecord]:
    return {p.person.family_name: p for p in event.participants}


def test_card_name_is_stored_and_read(store):
    saved = event_with_two(store)
    assert by_family(store.get_event(saved.id))["Papadaki"].card_name == "Dr Papadaki"
    assert by_family(store.get_event(saved.id))["Kozuki"].card_name == ""
    too_long = by_family(store.get_event(saved.id))["Kozuki"]
    event = store.get_event(saved.id)
    with pytest.raises(UserError, match="name on the card"):
        value_edit(event, too_long.id, "card_name", "x" * 301)


def test_card_name_edit_is_field_level_so_two_windows_keep_both(db_path):
    alice = Store.open(str(db_path), daily_backup=False)
    bob = Store.open(str(db_path), daily_backup=False)
    try:
        saved = event_with_two(alice)
        kozuki = by_family(saved)["Kozuki"]
        seen_by_bob = bob.get_event(saved.id)
        edit = value_edit(saved, kozuki.id, "card_name", "  Amb.  Kozuki ")
        assert edit is not None and dict(edit.changes) == {"card_name": ("", "Amb. Kozuki")}
        applied = alice.apply(edit)
        # Bob's window changes the role only: Alice's name on the card stays.
        bob.apply(value_edit(seen_by_bob, kozuki.id, "role", kozuki.role.__class__("chair")))
        after = by_family(alice.get_event(saved.id))["Kozuki"]
        assert (after.card_name, after.role.value) == ("Amb. Kozuki", "chair")
        with pytest.raises(StaleError):
            bob.apply(value_edit(seen_by_bob, kozuki.id, "card_name", "Mr Kozuki"))
        alice.undo(applied)
        assert by_family(alice.get_event(saved.id))["Kozuki"].card_name == ""
        assert value_edit(alice.get_event(saved.id), kozuki.id, "card_name", " ") is None
    finally:
        alice.close()
        bob.close()


def test_a_database_from_before_the_fields_is_migrated(tmp_path):
    from schema_helpers import database_at

    path = database_at(tmp_path / "old.sqlite3", "0007_patronymic")
    store = Store.open(str(path), daily_backup=False)
    try:
        [summary] = store.list_people()
        person = store.get_person(summary.id)
        assert person.photo_crop == ""
        assert store.save_person(replace(person, photo_crop="0.1,0,0.5,1")).photo_crop
        saved = event_with_two(store)
        assert by_family(store.get_event(saved.id))["Papadaki"].card_name == "Dr Papadaki"
    finally:
        store.close()


def test_a_bundle_carries_the_card_name_only_when_set(store, tmp_path):
    saved = event_with_two(store)
    path = tmp_path / "out.json"
    b.write_bundle_file(store, saved.id, path)
    exported = b.read_bundle_file(path)
    written = [p for p in exported["event"]["participants"] if "card_name" in p]
    assert [p["card_name"] for p in written] == ["Dr Papadaki"]
    copied = b.import_bundle(store, exported, b.ImportMode.AS_NEW)
    assert by_family(store.get_event(copied))["Papadaki"].card_name == "Dr Papadaki"


def test_a_bundle_without_card_names_reads_and_a_long_one_is_refused(store):
    bundle = copy.deepcopy(DEMO_BUNDLES[2])
    event_id = b.import_bundle(store, bundle)
    assert {p.card_name for p in store.get_event(event_id).participants} == {""}
    bundle = copy.deepcopy(DEMO_BUNDLES[2])
    bundle["event"]["participants"][0]["card_name"] = "Amb. Kozuki"
    b.validate_bundle(bundle)
    bundle["event"]["participants"][0]["card_name"] = "x" * 301
    with pytest.raises(UserError):
        b.validate_bundle(bundle)


def test_export_writes_the_card_name_last_and_import_reads_it_back(store, tmp_path):
    saved = event_with_two(store)
    path = tmp_path / "people.csv"
    export_participants(store.get_event(saved.id), path)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    assert rows[0][-1] == "Name on card" == COLUMNS[-1]
    assert {r[2]: r[-1] for r in rows[1:]} == {"Kozuki": "", "Papadaki": "Dr Papadaki"}


@pytest.mark.parametrize("header", ["Name on card", "Card name", "名札表記", "Имя на табличке"])
def test_import_takes_the_card_name_column(store, tmp_path, header):
    from roundtable.services.column_mapping import guess_mapping
    from roundtable.services.participant_import import import_participants_edit, plan_import
    from roundtable.services.table_read import read_table

    path = tmp_path / "list.csv"
    path.write_text(f"Given name,Family name,{header}\nToyohisa,Kozuki,Amb. Kozuki\n", "utf-8")
    target = store.save_event(EventRecord("Imported", date(2026, 3, 2), date(2026, 3, 2)))
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert mapping[2] == "card_name"
    plan = plan_import(table, mapping, target, [], [])
    store.apply(import_participants_edit(target, plan))
    [p] = store.get_event(target.id).participants
    assert p.card_name == "Amb. Kozuki"


def test_a_merge_moves_the_crop_only_with_the_photo(store):
    from roundtable.domain.edits.people import EditPerson, MergePeople

    photo = three_bands()
    keep = store.save_person(PersonRecord("Eleni", "Papadaki"))
    other = store.save_person(
        PersonRecord(
            "Eleni", "Papadaki", photo=photo, photo_mime="image/png", photo_crop="0,0,0.2,1"
        )
    )
    store.apply(MergePeople(keep_id=keep.id, other_id=other.id))
    assert store.get_person(keep.id).photo_crop == "0,0,0.2,1"
    third = store.save_person(
        PersonRecord(
            "Eleni", "Papadaki", photo=photo, photo_mime="image/png", photo_crop="0,0,0.3,1"
        )
    )
    edit = EditPerson.between(
        store.get_person(keep.id), replace(store.get_person(keep.id), photo_crop="")
    )
    store.apply(edit)
    store.apply(MergePeople(keep_id=keep.id, other_id=third.id))
    assert store.get_person(keep.id).photo_crop == ""  # keep's own photo, keep's own crop
