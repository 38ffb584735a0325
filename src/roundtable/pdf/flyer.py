"""The flyer: one page that announces the event, to pin on a board or attach to an e-mail.

It reads top to bottom the way an events office sets one: the programme and series as a
kicker, the title big, then when and where, who speaks (photos only when every speaker has
one: a row with some faces and some blanks looks unfinished), a short description, and at the
foot who organises it (logos where there are) and how to register. One accent colour
(:data:`ACCENT`), the house's, for the band, the labels and the RSVP box; everything else ink
or grey.

It is always one page. The description takes what the rest leaves: it shrinks down to
:data:`TEXT_FLOOR`, then loses whole sentences from its end (never a word cut in half). Should
even the rest not fit (a panel of forty), the whole page is scaled down to fit.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Mapping
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, Image, KeepInFrame, Spacer

from roundtable.domain.enums import OrganisationRole, ParticipantRole
from roundtable.domain.naming import Output, printed_affiliation, printed_name
from roundtable.domain.records import EventRecord, OrganisationRecord, ParticipationRecord
from roundtable.pdf.document import (
    ACCENT,
    MUTED,
    Document,
    Progress,
    ProgressTracker,
    para,
    plain_paragraphs,
    style,
    table,
    write_pdf,
)
from roundtable.pdf.event_header import ORGANISATION_HEADINGS, event_keywords, round_text, zone_line
from roundtable.pdf.fonts import lang_for_country
from roundtable.pdf.people import organisation_lang, person_lang
from roundtable.pdf.text_fit import sentences
from roundtable.services.dates import long_date_range, time_range
from roundtable.services.venue_text import address_lines
from roundtable.wording import QT_TR_NOOP, tr

log = logging.getLogger(__name__)

MARGIN = 22 * mm
BAND = 7 * mm  # the accent band across the top of the page
TEXT_SIZE = 11
TEXT_FLOOR = 9  # below this the description loses sentences rather than shrinks
PHOTO_SIZE = 18 * mm
LOGO_HEIGHT = 13 * mm
LOGO_MAX_WIDTH = 45 * mm
LOGO_DPI = 300
# Who the flyer names, in this order: the people an audience comes to hear.
SPEAKER_ROLES = (
    ParticipantRole.HOST,
    ParticipantRole.MODERATOR,
    ParticipantRole.CHAIR,
    ParticipantRole.OPENING_SPEAKER,
    ParticipantRole.PARTICIPANT,
    ParticipantRole.DISCUSSANT,
)
# The agenda's headings, and the venue's organisation (whose office it is) after them.
FLYER_HEADINGS = (*ORGANISATION_HEADINGS, (OrganisationRole.VENUE, QT_TR_NOOP("Hosted at")))


def speakers(event: EventRecord) -> list[ParticipationRecord]:
    """The host, moderator or chair and the speakers, by role then precedence."""
    order = {role: i for i, role in enumerate(SPEAKER_ROLES)}
    chosen = [p for p in event.participants if p.role in order]
    return sorted(chosen, key=lambda p: (order[p.role], p.precedence))


class _Styles:
    def __init__(self) -> None:
        self.kicker = style("flyer-kicker", 10, 13, bold=True, colour=ACCENT)
        self.series = style("flyer-series", 10, 13, colour=MUTED)
        self.subtitle = style("flyer-subtitle", 14, 18, colour=MUTED)
        self.label = style("flyer-label", 8, 10, bold=True, colour=ACCENT)
        self.fact = style("flyer-fact", 13, 17, bold=True)
        self.detail = style("flyer-detail", 10, 13, colour=MUTED)
        self.role = style("flyer-role", 7.5, 9.5, bold=True, colour=ACCENT)
        self.name = style("flyer-name", 11.5, 14, bold=True)
        self.affiliation = style("flyer-affiliation", 9, 11.5, colour=MUTED)
        self.org = style("flyer-org", 10.5, 13, bold=True)
        self.org_small = style("flyer-org-small", 7.5, 9.5, colour=MUTED)
        self.rsvp = style("flyer-rsvp", 12, 15, bold=True, colour=colors.white)

    def title(self, size: float) -> Any:
        return style(f"flyer-title-{size}", size, round(size * 1.15, 1), bold=True)

    def text(self, size: float) -> Any:
        return style(f"flyer-text-{size}", size, round(size * 1.4, 1))


def _title_size(title: str) -> float:
    """Big for a short title, smaller for a long one (a long title in 30 pt takes the page)."""
    length = len(title)
    return 30 if length <= 50 else 25 if length <= 90 else 20 if length <= 160 else 16


def _head(event: EventRecord, st: _Styles) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 4 * mm)]
    if event.programme.strip():
        story.append(para(event.programme.strip().upper(), st.kicker))
    if event.series is not None and event.series.name.strip():
        series = round_text(event.series.name.strip(), event.round_number)
        # Without a programme the series is the kicker; under one, its quieter second line.
        story.append(para(series, st.series if event.programme.strip() else st.kicker))
    story.append(Spacer(1, 5 * mm))
    story.append(para(event.title, st.title(_title_size(event.title))))
    if event.subtitle.strip():
        story += [Spacer(1, 2 * mm), para(event.subtitle, st.subtitle)]
    story += [Spacer(1, 5 * mm), HRFlowable(width="100%", thickness=1.6, color=ACCENT,
                                            spaceBefore=0, spaceAfter=0)]  # fmt: skip
    return story


def _facts(event: EventRecord, st: _Styles, width: float) -> Flowable:
    """WHEN and WHERE side by side: the two things a passer-by reads first."""
    times = time_range(event.start_time, event.end_time)
    when: list[Flowable] = [
        para(tr("WHEN"), st.label),
        para(long_date_range(event.start_date, event.end_date), st.fact),
    ]
    if times:
        when.append(para(times, st.fact))
    when.append(para(zone_line(event), st.detail))
    lines = address_lines(event.venue)
    where: list[Flowable] = [para(tr("WHERE"), st.label)]
    lang = lang_for_country(event.venue.country)
    if lines:
        where.append(para(lines[0], st.fact, lang))
        where += [para(line, st.detail, lang) for line in lines[1:]]
    else:
        where.append(para(tr("To be announced"), st.detail))
    padding = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    return table([[when, where]], [width * 0.5, width * 0.5], padding)


def _role_word(role: ParticipantRole) -> str:
    """The role as a poster says it: a panel's participants are its speakers."""
    return tr("Speaker") if role is ParticipantRole.PARTICIPANT else role.label


def _person_cell(p: ParticipationRecord, st: _Styles, photo: Flowable | None,
                 width: float) -> Any:  # fmt: skip
    lang = person_lang(p.person)
    text: list[Flowable] = [
        para(_role_word(p.role).upper(), st.role),
        para(printed_name(p.person, Output.FLYER), st.name, lang),
    ]
    affiliation = printed_affiliation(p.person, Output.FLYER)
    if affiliation:
        text.append(para(affiliation, st.affiliation, lang))
    if photo is None:
        return text
    gap = 3 * mm
    commands = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), gap),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip
    return table([[photo, text]], [PHOTO_SIZE + gap, width - PHOTO_SIZE - gap], commands)


def _people(
    event: EventRecord, st: _Styles, width: float, photos: Mapping[int, bytes]
) -> list[Flowable]:
    people = speakers(event)
    if not people:
        return []
    faces = _faces(people, photos)
    columns = 2 if len(people) > 1 else 1
    column = width / columns
    cells = [
        _person_cell(p, st, faces.get(p.person.id or 0) if faces else None, column - 6 * mm)
        for p in people
    ]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    commands = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]  # fmt: skip
    return [Spacer(1, 7 * mm), table(rows, [column] * columns, commands)]


def _faces(people: list[ParticipationRecord], photos: Mapping[int, bytes]) -> dict[int, Image]:
    """A square photo for each speaker, or none at all unless every one of them has one."""
    from roundtable.pdf.bios import PHOTO_HEIGHT, PHOTO_WIDTH, _prepare_photo

    faces: dict[int, Image] = {}
    for p in people:
        data = photos.get(p.person.id) if p.person.id is not None else None
        if not data:
            return {}
        try:
            jpeg, drawn_w, drawn_h = _prepare_photo(data, p.person.photo_crop)
        except Exception as exc:  # an undecodable photo: no photos at all, as when one is missing
            log.warning("photos left out of the flyer: %s", exc)
            return {}
        scale = PHOTO_SIZE / max(PHOTO_WIDTH, PHOTO_HEIGHT)
        assert p.person.id is not None
        faces[p.person.id] = Image(io.BytesIO(jpeg), drawn_w * scale, drawn_h * scale)
    return faces


def _logo(data: bytes) -> Image | None:
    """The logo scaled to print at LOGO_DPI within LOGO_HEIGHT by LOGO_MAX_WIDTH, transparency
    kept; None for bytes that are no image we can read (the name is printed instead)."""
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(data)) as original:
            picture = original.convert("RGBA")
    except Exception as exc:
        log.warning("logo left out of the flyer: %s", exc)
        return None
    if picture.width < 1 or picture.height < 1:
        return None
    scale = min(LOGO_HEIGHT / picture.height, LOGO_MAX_WIDTH / picture.width)
    drawn = (picture.width * scale, picture.height * scale)
    limit = (max(1, round(drawn[0] / 72 * LOGO_DPI)), max(1, round(drawn[1] / 72 * LOGO_DPI)))
    if picture.width > limit[0] or picture.height > limit[1]:
        picture.thumbnail(limit, PILImage.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    out.seek(0)
    return Image(out, drawn[0], drawn[1], mask="auto")


def _organisation_cell(org: OrganisationRecord, st: _Styles, logos: Mapping[int, bytes]) -> Any:
    name = org.name or org.short_name
    lang = organisation_lang(org)
    data = logos.get(org.id) if org.id is not None else None
    picture = _logo(data) if data else None
    if picture is None:
        return [para(name, st.org, lang)]
    picture.hAlign = "LEFT"
    return [picture, Spacer(1, 1.5 * mm), para(name, st.org_small, lang)]


def _organisations(
    event: EventRecord, st: _Styles, width: float, logos: Mapping[int, bytes]
) -> list[Flowable]:
    """Each role's heading ("Hosted by") over its organisations, side by side."""
    story: list[Flowable] = []
    for role, heading in FLYER_HEADINGS:
        orgs = [o.organisation for o in event.organisations if o.role is role]
        if not orgs:
            continue
        if role is OrganisationRole.HOST and len(event.organisations) == len(orgs):
            heading_text = tr("Organised by")
        else:
            heading_text = tr(heading)
        columns = min(len(orgs), 3)
        cells = [_organisation_cell(org, st, logos) for org in orgs]
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        rows[-1] += [""] * (columns - len(rows[-1]))
        commands = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]  # fmt: skip
        story += [
            para(heading_text.upper(), st.label),
            Spacer(1, 1.5 * mm),
            table(rows, [width / columns] * columns, commands),
            Spacer(1, 3 * mm),
        ]
    return story


def _rsvp(event: EventRecord, st: _Styles, width: float) -> list[Flowable]:
    if not event.rsvp.strip():
        return []
    box = table(
        [[para(event.rsvp.strip(), st.rsvp)]],
        [width],
        [("BACKGROUND", (0, 0), (-1, -1), ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 10),
         ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
         ("BOTTOMPADDING", (0, 0), (-1, -1), 9)],
    )  # fmt: skip
    return [Spacer(1, 2 * mm), box]


def _height(story: list[Flowable], width: float) -> float:
    """What ``story`` takes in a frame ``width`` wide (each flowable wrapped as the frame would)."""
    total = 0.0
    for flowable in story:
        total += flowable.wrap(width, 10_000)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def fit_description(text: str, width: float, room: float, st: _Styles) -> list[Flowable]:
    """The description in the largest size down to TEXT_FLOOR that fits ``room``; at the floor,
    as many whole sentences from its start as fit (its paragraphs kept); [] when none does."""
    paragraphs = [sentences(p) for p in plain_paragraphs(text)]
    if not paragraphs:
        return []

    def flowables(size: float, count: int) -> list[Flowable]:
        out: list[Flowable] = []
        left = count
        for sentence_list in paragraphs:
            if left <= 0:
                break
            taken = sentence_list[:left]
            left -= len(taken)
            out.append(para(" ".join(taken), st.text(size)))
            out.append(Spacer(1, size * 0.5))
        return out[:-1]

    whole = sum(len(s) for s in paragraphs)
    size = float(TEXT_SIZE)
    while size >= TEXT_FLOOR:
        story = flowables(size, whole)
        if _height(story, width) <= room:
            return story
        size -= 0.5
    low, high = 0, whole - 1  # the most whole sentences that fit: more never take less room
    while low < high:
        middle = (low + high + 1) // 2
        if _height(flowables(TEXT_FLOOR, middle), width) <= room:
            low = middle
        else:
            high = middle - 1
    return flowables(TEXT_FLOOR, low) if low else []


def flyer_story(
    event: EventRecord,
    width: float,
    height: float,
    photos: Mapping[int, bytes],
    logos: Mapping[int, bytes],
) -> list[Flowable]:
    """Everything on the page, the description fitted to what the rest leaves, and the
    organisations and RSVP set at the page's foot."""
    st = _Styles()
    top = [*_head(event, st), Spacer(1, 6 * mm), _facts(event, st, width),
           *_people(event, st, width, photos)]  # fmt: skip
    foot = [*_organisations(event, st, width, logos), *_rsvp(event, st, width)]
    gap = 7 * mm
    room = height - _height(top, width) - _height(foot, width) - 2 * gap - 2
    body = fit_description(event.description, width, room, st) if room > 0 else []
    used = _height(top, width) + _height(body, width) + _height(foot, width)
    spare = max(gap, height - used - (gap if body else 0) - 2)
    story = [*top, Spacer(1, gap), *body] if body else list(top)
    story += [Spacer(1, spare), *foot]
    # Should even the fixed parts overflow (a very long list of speakers), the page scales down.
    return [KeepInFrame(width, height, story, mode="shrink")]


def _band(canvas: Canvas, doc: Document) -> None:
    """The accent band across the top edge of the page."""
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, height - BAND, width, BAND, stroke=0, fill=1)
    canvas.restoreState()


def export_flyer(
    event: EventRecord,
    path: str | os.PathLike[str],
    paper: str = "a4",
    photos: Mapping[int, bytes] | None = None,
    logos: Mapping[int, bytes] | None = None,
    progress: Progress | None = None,
) -> bool:
    """Write the one-page flyer of ``event`` to ``path`` (atomically); True when written, False
    when ``progress`` cancelled. ``photos`` by person id, ``logos`` by organisation id (JPEG or
    PNG bytes). Raises UserError for an unknown paper or an unwritable file."""
    tracker = ProgressTracker(progress, 1)

    def build(stream: BinaryIO) -> None:
        tracker.report(0)
        doc = Document(
            stream,
            paper=paper,
            title=tr("{title} — Flyer").format(title=event.title),
            kind="flyer",
            keywords=event_keywords(event, tr("Flyer")),
            margins=(MARGIN, MARGIN, MARGIN, MARGIN),
            cover=_band,  # the one page: the band and no page footer
        )
        doc.build(flyer_story(event, doc.width, doc.height, photos or {}, logos or {}))
        tracker.report(1)

    return write_pdf(path, build)
