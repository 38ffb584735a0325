"""The participant biographies booklet: a cover, then one entry per participant.

Entries follow the programme's order (role, then precedence). Each has the photo when there is
one, the name with its honorific (and the name in the person's own script), affiliations with
positions, delegation, and the bio, which flows on across pages. Declined participants are
left out: the booklet is handed to the people in the room.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Mapping
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)
from reportlab.platypus.flowables import HRFlowable

from roundtable.domain.enums import Attendance, ParticipantRole
from roundtable.domain.names import full_name
from roundtable.domain.naming import Output, printed_name
from roundtable.domain.records import EventRecord, ParticipationRecord
from roundtable.pdf.document import (
    ACCENT,
    MUTED,
    RULE,
    Document,
    Progress,
    ProgressTracker,
    RoomFor,
    RunningHead,
    SeparatorRule,
    para,
    plain_paragraphs,
    style,
    table,
    write_pdf,
)
from roundtable.pdf.event_header import (
    event_keywords,
    organisation_lines,
    round_text,
    venue_lines,
    when_line,
)
from roundtable.pdf.fonts import draw_string, fit_size
from roundtable.pdf.people import organisation_lang, person_lang
from roundtable.services.event_text import participants_by_role
from roundtable.wording import tr

log = logging.getLogger(__name__)

PHOTO_WIDTH = 30 * mm
PHOTO_HEIGHT = 38 * mm
PHOTO_GAP = 6 * mm
PHOTO_DPI = 300  # photos are scaled down to this at their printed size, keeping the PDF small

COVER_FOOT = 26 * mm  # kept free at the cover's foot for "Participant biographies"
NAME_SIZE = 17
NAME_FLOOR = 14
NATIVE_FLOOR = 10.5


def role_heading(role: ParticipantRole, count: int) -> str:
    """The heading over ``count`` people of ``role``: the role's label ("Moderator") for one,
    its plural ("Moderators") for more. A heading, not a count, so two texts rather than a
    ``%n`` plural; looked up when set, in the document's language."""
    if count <= 1:
        return role.label
    plurals = {
        ParticipantRole.HOST: tr("Hosts", "heading over several participants"),
        ParticipantRole.MODERATOR: tr("Moderators", "heading over several participants"),
        ParticipantRole.CHAIR: tr("Chairs", "heading over several participants"),
        ParticipantRole.OPENING_SPEAKER: tr(
            "Opening speakers", "heading over several participants"
        ),
        ParticipantRole.PARTICIPANT: tr(
            "Participants / panelists", "heading over several participants"
        ),
        ParticipantRole.DISCUSSANT: tr("Discussants", "heading over several participants"),
        ParticipantRole.DELEGATION_MEMBER: tr(
            "Delegation members", "heading over several participants"
        ),
        ParticipantRole.RAPPORTEUR: tr("Rapporteurs", "heading over several participants"),
        ParticipantRole.OBSERVER: tr("Observers", "heading over several participants"),
        ParticipantRole.STAFF: tr("Staff", "heading over several participants"),
    }
    return plurals.get(role, role.label)


class _Styles:
    """The booklet's type: sizes chosen for A4 and Letter alike (the frames differ by 6 mm)."""

    def __init__(self) -> None:
        self.kicker = style("kicker", 11, 15, bold=True, colour=ACCENT)
        self.title = style("title", 26, 32, bold=True, spaceBefore=6)
        self.subtitle = style("subtitle", 14.5, 20, colour=MUTED, spaceBefore=8)
        self.when = style("when", 12, 16, bold=True)
        self.venue = style("venue", 11, 15)
        self.cover_label = style("cover-label", 8.5, 12, bold=True, colour=MUTED, spaceBefore=14)
        self.cover_org = style("cover-org", 11, 15)
        self.role = style("role", 9, 12, bold=True, colour=ACCENT, spaceBefore=4)
        self.native = style("native", 12.5, 17, spaceBefore=1)
        self.affiliation = style("affiliation", 10, 13.5, spaceBefore=1)
        self.delegation = style("delegation", 9.5, 13, colour=ACCENT, spaceBefore=2)
        # Ragged right: justified lines without hyphenation leave rivers in Russian's long
        # words, and there is no hyphenation for Japanese or Korean to speak of.
        self.bio = style("bio", 10, 14.2, spaceAfter=6)
        self.bio_first = style("bio-first", 10, 14.2, spaceAfter=6, spaceBefore=4 * mm)
        self.empty = style("empty", 11, 15, colour=MUTED)

    def name(self, size: float) -> ParagraphStyle:
        return style(f"name-{size}", size, round(size * 1.22, 1), bold=True)

    def native_sized(self, size: float) -> ParagraphStyle:
        return style(f"native-{size}", size, round(size * 1.36, 1), spaceBefore=1)


def export_bios(
    event: EventRecord,
    path: str | os.PathLike[str],
    paper: str = "a4",
    photos: Mapping[int, bytes] | None = None,
    progress: Progress | None = None,
) -> bool:
    """Write the bios booklet of ``event`` to ``path`` (atomically); True when written.

    ``photos`` maps person ids to JPEG or PNG bytes; a photo that cannot be read is left out
    (and logged) rather than failing the whole booklet. ``progress`` is called with
    (entries laid out, entries) and may return False to cancel: then nothing is written and the
    result is False. Raises UserError for an unknown paper size or a file that cannot be
    written.
    """
    entries = [
        p
        for _role, members in participants_by_role(event)
        for p in members
        if p.attendance is not Attendance.DECLINED
    ]
    tracker = ProgressTracker(progress, len(entries))

    def build(stream: BinaryIO) -> None:
        tracker.report(0)
        prepared = _prepare_photos(entries, photos or {}, tracker)
        doc = Document(
            stream,
            paper=paper,
            title=tr("{title} — Participant biographies").format(title=event.title),
            kind="bios",
            keywords=event_keywords(event, tr("Participant biographies")),
            footer=event.short_title or event.title,
            cover=lambda canvas, d: _paint_cover(canvas, d, len(entries)),
            cover_reserve=COVER_FOOT,
        )
        styles = _Styles()
        story = _cover(event, styles)
        story += [NextPageTemplate("body"), PageBreak()]
        story += _entries(event, entries, prepared, styles, doc.width, tracker)
        doc.build(story)
        tracker.report(len(entries))

    return write_pdf(path, build)


# -- cover -----------------------------------------------------------------------------------


def _cover(event: EventRecord, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 22 * mm)]
    kicker = [event.programme.strip()] if event.programme.strip() else []
    if event.series is not None:
        kicker.append(round_text(event.series.name, event.round_number))
    if kicker:
        story.append(para(" · ".join(dict.fromkeys(kicker)), styles.kicker))
    story.append(para(event.title, styles.title))
    if event.subtitle.strip():
        story.append(para(event.subtitle, styles.subtitle))
    story += [
        Spacer(1, 9 * mm),
        HRFlowable(width=28 * mm, thickness=2, color=ACCENT, hAlign="LEFT", spaceAfter=7 * mm),
    ]
    story.append(when_line(event, styles.when))
    story += venue_lines(event, styles.venue)
    story += organisation_lines(event, styles.cover_label, styles.cover_org)
    return story


def _paint_cover(canvas: Canvas, doc: Document, count: int) -> None:
    """The cover's fixed furniture: a band at the top and the booklet's name at the foot."""
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
    base = doc.bottomMargin + 6 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.75)
    canvas.line(doc.leftMargin, base + 14 * mm, width - doc.rightMargin, base + 14 * mm)
    canvas.setFillColor(ACCENT)
    booklet = tr("Participant biographies")
    draw_string(canvas, doc.leftMargin, base + 4 * mm, booklet, 20, bold=True)
    canvas.setFillColor(MUTED)
    label = tr("%n participants", "", count) if count else tr("No participants yet")
    draw_string(canvas, width - doc.rightMargin, base + 4 * mm, label, 10, align="right")
    canvas.restoreState()


# -- entries ---------------------------------------------------------------------------------


def _entries(
    event: EventRecord,
    entries: list[ParticipationRecord],
    photos: dict[int, tuple[bytes, float, float]],
    styles: _Styles,
    width: float,
    tracker: ProgressTracker,
) -> list[Flowable]:
    if not entries:
        return [para(tr("No participants have been added to this event yet."), styles.empty)]
    story: list[Flowable] = []
    done = 0
    included = {id(p) for p in entries}
    for role, members in participants_by_role(event):
        members = [p for p in members if id(p) in included]
        if not members:
            continue
        heading: list[Flowable] = [
            para(role_heading(role, len(members)).upper(), styles.role),
            HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceBefore=2, spaceAfter=9),
        ]
        if story:
            story.append(Spacer(1, 6 * mm))
        for index, participation in enumerate(members):
            header = _header(participation, photos, styles, width)
            bio = _bio(participation, styles)
            if index == 0:
                lead = heading + header
            else:  # the rule moves with the entry, so no page ends on a bare rule
                lead = [SeparatorRule(spaceBefore=4, spaceAfter=10), *header]
            # The role heading and the entry's header never end a page without the start of
            # the bio: the next four lines (or the whole first paragraph) must fit too.
            then = bio[0] if bio else None
            story.append(RoomFor(lead, then=then, min_height=4 * styles.bio.leading))
            story.append(KeepTogether(lead))
            name = _display_name(participation)
            story.append(RunningHead(tr("{name} (continued)").format(name=name)))
            story += bio or [Spacer(1, 2 * mm)]
            story.append(RunningHead(None))
            done += 1
            story.append(tracker.mark(done))
    return story


def _display_name(participation: ParticipationRecord) -> str:
    """The name as the booklet prints it (``domain.naming``: "Ambassador Toyohisa Kozuki",
    the patronymic as Russians write it), else the own-script one: every entry has a name."""
    return printed_name(participation.person, Output.BIOS) or tr("Unnamed participant")


def _header(
    participation: ParticipationRecord,
    photos: dict[int, tuple[bytes, float, float]],
    styles: _Styles,
    width: float,
) -> list[Flowable]:
    """Name with honorific, own-script name, affiliations (position, organisation: one a
    line), delegation; beside the photo if any."""
    person = participation.person
    lang = person_lang(person)
    photo = photos.get(person.id) if person.id is not None else None
    text_width = width - (PHOTO_WIDTH + PHOTO_GAP if photo else 0)

    name = _display_name(participation)
    native = person.native_name.strip()
    native = "" if native == name else native
    lines: list[Flowable] = []
    size = fit_size(name, text_width, NAME_SIZE, NAME_FLOOR, bold=True, lang=lang)
    lines.append(para(name, styles.name(size), lang))
    if native:
        size = fit_size(native, text_width, styles.native.fontSize, NATIVE_FLOOR, lang=lang)
        lines.append(para(native, styles.native_sized(size), lang))
    for affiliation in person.affiliations:
        org = affiliation.organisation
        org_name = org.name or org.short_name
        text = ", ".join(t for t in (affiliation.position.strip(), org_name) if t)
        if text:
            lines.append(para(text, styles.affiliation, organisation_lang(org, lang)))
    if participation.delegation.strip():
        lines.append(para(participation.delegation.strip(), styles.delegation, lang))

    if not photo:
        return lines
    jpeg, drawn_width, drawn_height = photo
    image = Image(io.BytesIO(jpeg), width=drawn_width, height=drawn_height, hAlign="LEFT")
    header = table(
        [[image, lines]],
        [PHOTO_WIDTH + PHOTO_GAP, text_width],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
        hAlign="LEFT",
    )
    return [header]


def _bio(participation: ParticipationRecord, styles: _Styles) -> list[Flowable]:
    """The bio's paragraphs (blank lines separate them); the first keeps a gap to the header."""
    lang = person_lang(participation.person)
    paragraphs = plain_paragraphs(participation.person.bio)
    return [
        para(text, styles.bio_first if index == 0 else styles.bio, lang)
        for index, text in enumerate(paragraphs)
    ]


# -- photos ----------------------------------------------------------------------------------


def _prepare_photos(
    entries: list[ParticipationRecord],
    photos: Mapping[int, bytes],
    tracker: ProgressTracker,
) -> dict[int, tuple[bytes, float, float]]:
    """Each usable photo upright, scaled to print at PHOTO_DPI and re-encoded as JPEG, with the
    size it is drawn at (fitting the photo box, aspect kept)."""
    prepared: dict[int, tuple[bytes, float, float]] = {}
    for participation in entries:
        person_id = participation.person.id
        if person_id is None or person_id in prepared or not photos.get(person_id):
            continue
        tracker.report(0)  # lets a cancel in while many photos are decoded
        try:
            prepared[person_id] = _prepare_photo(photos[person_id], participation.person.photo_crop)
        except Exception as exc:  # any undecodable image: leave the photo out, keep the entry
            log.warning(
                "photo of %s left out of the bios booklet: %s", full_name(participation.person), exc
            )
    return prepared


def _prepare_photo(data: bytes, crop: str = "") -> tuple[bytes, float, float]:
    """The photo cut to the portrait frame (``domain.photo_crop``: the person's crop, else
    centred across and on the upper third), so a wide photo is never printed as a strip."""
    from PIL import Image as PILImage
    from PIL import ImageOps

    from roundtable.domain.photo_crop import crop_box

    with PILImage.open(io.BytesIO(data)) as original:
        if original.format not in ("JPEG", "PNG"):
            raise ValueError(f"a {original.format or 'unknown'} image, not JPEG or PNG")
        picture = ImageOps.exif_transpose(original)
        picture.load()
    if picture.mode in ("RGBA", "LA", "P"):
        picture = picture.convert("RGBA")
        flat = PILImage.new("RGB", picture.size, "white")
        flat.paste(picture, mask=picture.getchannel("A"))
        picture = flat
    elif picture.mode != "RGB":
        picture = picture.convert("RGB")
    if picture.width < 1 or picture.height < 1:
        raise ValueError("an empty image")
    frame = PHOTO_WIDTH / PHOTO_HEIGHT
    picture = picture.crop(crop_box(picture.width, picture.height, crop, frame))
    pixel_width, pixel_height = picture.size
    scale = min(PHOTO_WIDTH / pixel_width, PHOTO_HEIGHT / pixel_height)
    drawn = (pixel_width * scale, pixel_height * scale)
    limit = (round(drawn[0] / 72 * PHOTO_DPI), round(drawn[1] / 72 * PHOTO_DPI))
    if pixel_width > limit[0] or pixel_height > limit[1]:
        picture.thumbnail(limit, PILImage.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=88, optimize=True)
    return out.getvalue(), drawn[0], drawn[1]
