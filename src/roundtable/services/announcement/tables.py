"""The words the announcement reader knows, as plain tables a user can extend.

The parser (``parse.py``) builds its few patterns from these tables, so teaching it a new
role label, month spelling, time zone or city is one line here, not a new regular expression.
Keys are compared case-insensitively.
"""

from __future__ import annotations

from roundtable.domain.enums import EventKind, OrganisationRole, ParticipantRole

# What kind of event a word names: "the Trilateral Dialogue", "Roundtable Participants:".
KIND_WORDS: dict[str, EventKind] = {
    "roundtable": EventKind.ROUNDTABLE,
    "round table": EventKind.ROUNDTABLE,
    "workshop": EventKind.WORKSHOP,
    "dialogue": EventKind.DIALOGUE,
    "dialog": EventKind.DIALOGUE,
    "panel discussion": EventKind.PANEL,
    "panel": EventKind.PANEL,
    "conference": EventKind.CONFERENCE,
    "symposium": EventKind.CONFERENCE,
    "seminar": EventKind.SEMINAR,
    "briefing": EventKind.BRIEFING,
}

# A label line ("Hosted by:", "Moderator: Jane Doe") gives the role of the people after it.
ROLE_LABELS: dict[str, ParticipantRole] = {
    "hosted by": ParticipantRole.HOST,
    "host": ParticipantRole.HOST,
    "hosts": ParticipantRole.HOST,
    "welcome by": ParticipantRole.HOST,
    "welcome remarks": ParticipantRole.HOST,
    "moderated by": ParticipantRole.MODERATOR,
    "moderator": ParticipantRole.MODERATOR,
    "moderators": ParticipantRole.MODERATOR,
    "chaired by": ParticipantRole.CHAIR,
    "chair": ParticipantRole.CHAIR,
    "chairs": ParticipantRole.CHAIR,
    "participants": ParticipantRole.PARTICIPANT,
    "roundtable participants": ParticipantRole.PARTICIPANT,
    "panelists": ParticipantRole.PARTICIPANT,
    "panellists": ParticipantRole.PARTICIPANT,
    "panel": ParticipantRole.PARTICIPANT,
    "speakers": ParticipantRole.PARTICIPANT,
    "speaker": ParticipantRole.PARTICIPANT,
    "featuring": ParticipantRole.PARTICIPANT,
    "with": ParticipantRole.PARTICIPANT,
    "author": ParticipantRole.PARTICIPANT,
    "in conversation with": ParticipantRole.DISCUSSANT,
    "discussants": ParticipantRole.DISCUSSANT,
    "discussant": ParticipantRole.DISCUSSANT,
    "commentators": ParticipantRole.DISCUSSANT,
    "opening remarks by": ParticipantRole.OPENING_SPEAKER,
    "opening remarks": ParticipantRole.OPENING_SPEAKER,
    "keynote": ParticipantRole.OPENING_SPEAKER,
    "keynote speaker": ParticipantRole.OPENING_SPEAKER,
}

# Running text that names people before it: "X and Y, Director General of RIAC, opened the
# event." gives X and Y that role.
ROLE_PHRASES_AFTER: dict[str, ParticipantRole] = {
    "opened the event": ParticipantRole.OPENING_SPEAKER,
    "opened the meeting": ParticipantRole.OPENING_SPEAKER,
    "opened the conference": ParticipantRole.OPENING_SPEAKER,
    "gave opening remarks": ParticipantRole.OPENING_SPEAKER,
}

# Running text naming organisations: "A partnered with B and C for ..." makes A the host and
# B, C partners; "in partnership with B" makes B a partner.
ORGANISATION_PHRASES: dict[str, tuple[OrganisationRole | None, OrganisationRole]] = {
    # phrase: (role of the organisation before it, role of those after it)
    "partnered with": (OrganisationRole.HOST, OrganisationRole.PARTNER),
    "in partnership with": (None, OrganisationRole.PARTNER),
    "in cooperation with": (None, OrganisationRole.PARTNER),
    "co-organized by": (None, OrganisationRole.CO_HOST),
    "co-hosted by": (None, OrganisationRole.CO_HOST),
    "organized by": (None, OrganisationRole.HOST),
    "organised by": (None, OrganisationRole.HOST),
    "sponsored by": (None, OrganisationRole.SPONSOR),
    "with the support of": (None, OrganisationRole.SPONSOR),
    "supported by": (None, OrganisationRole.SPONSOR),
}

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: tuple[str, ...] = (
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thurs",
    "friday", "fri", "saturday", "sat", "sunday", "sun",
)  # fmt: skip

# Words that join the two ends of a range of days or times.
RANGE_WORDS: tuple[str, ...] = ("-", "–", "—", "to", "until", "till")

AM_PM: dict[str, int] = {"am": 0, "a.m.": 0, "a.m": 0, "pm": 12, "p.m.": 12, "p.m": 12}

TIME_ZONES: dict[str, str] = {
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "eastern time": "America/New_York", "eastern": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific time": "America/Los_Angeles",
    "gmt": "Europe/London", "bst": "Europe/London", "uk time": "Europe/London",
    "utc": "UTC", "cet": "Europe/Berlin", "cest": "Europe/Berlin",
    "jst": "Asia/Tokyo", "japan time": "Asia/Tokyo", "tokyo time": "Asia/Tokyo",
    "kst": "Asia/Seoul", "msk": "Europe/Moscow", "moscow time": "Europe/Moscow",
}  # fmt: skip

# Cities the reader recognises: (city as stored, region, country, time zone). Spellings that
# name the same city map to one entry.
CITIES: dict[str, tuple[str, str, str, str]] = {
    "washington dc": ("Washington", "DC", "United States", "America/New_York"),
    "washington, dc": ("Washington", "DC", "United States", "America/New_York"),
    "washington, d.c.": ("Washington", "DC", "United States", "America/New_York"),
    "washington d.c.": ("Washington", "DC", "United States", "America/New_York"),
    "new york city": ("New York City", "NY", "United States", "America/New_York"),
    "new york": ("New York", "NY", "United States", "America/New_York"),
    "boston": ("Boston", "MA", "United States", "America/New_York"),
    "cambridge, ma": ("Cambridge", "MA", "United States", "America/New_York"),
    "chicago": ("Chicago", "IL", "United States", "America/Chicago"),
    "san francisco": ("San Francisco", "CA", "United States", "America/Los_Angeles"),
    "seattle": ("Seattle", "WA", "United States", "America/Los_Angeles"),
    "london": ("London", "", "United Kingdom", "Europe/London"),
    "berlin": ("Berlin", "", "Germany", "Europe/Berlin"),
    "geneva": ("Geneva", "", "Switzerland", "Europe/Zurich"),
    "moscow": ("Moscow", "", "Russia", "Europe/Moscow"),
    "tokyo": ("Tokyo", "", "Japan", "Asia/Tokyo"),
    "kyoto": ("Kyoto", "", "Japan", "Asia/Tokyo"),
    "fukuoka": ("Fukuoka", "", "Japan", "Asia/Tokyo"),
    "sapporo": ("Sapporo", "", "Japan", "Asia/Tokyo"),
    "seoul": ("Seoul", "", "South Korea", "Asia/Seoul"),
    "beijing": ("Beijing", "", "China", "Asia/Shanghai"),
    "vladivostok": ("Vladivostok", "", "Russia", "Asia/Vladivostok"),
}

# Phrases that put the event in a city named after them ("was held in Moscow").
CITY_PHRASES: tuple[str, ...] = ("held in", "take place in", "takes place in", "hosted in")

COUNTRIES: dict[str, str] = {
    "united states": "United States", "usa": "United States", "u.s.a.": "United States",
    "united kingdom": "United Kingdom", "uk": "United Kingdom", "japan": "Japan",
    "russia": "Russia", "germany": "Germany", "switzerland": "Switzerland",
    "south korea": "South Korea", "china": "China",
}  # fmt: skip

# "Japanese Ambassador to Russia" works at the embassy of the nationality's country.
NATIONALITIES: dict[str, str] = {
    "japanese": "Japan", "american": "United States", "u.s.": "United States",
    "russian": "Russia", "chinese": "China", "korean": "South Korea", "british": "United Kingdom",
    "german": "Germany",
}  # fmt: skip

# US states and similar regions written after a city ("Washington DC 20006").
REGIONS: tuple[str, ...] = (
    "DC", "MA", "NY", "CA", "IL", "WA", "VA", "MD", "NJ", "PA", "TX", "CT",
)  # fmt: skip

# Words that end a venue's name: what follows it is the room ("USJI Office | Seminar Room").
VENUE_NAME_ENDINGS: tuple[str, ...] = (
    "office", "center", "centre", "building", "house", "hotel", "headquarters", "institute",
    "library", "club", "hall", "campus", "university", "museum", "foundation",
)  # fmt: skip

# Words that make a part of an address a room.
ROOM_WORDS: tuple[str, ...] = ("room", "suite", "floor", "auditorium", "lounge", "salon")

# Words that make a part of an address a street (after a house number).
STREET_WORDS: tuple[str, ...] = (
    "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "boulevard", "blvd",
    "place", "square", "lane", "drive", "way", "court", "parkway", "terrace", "plaza",
)  # fmt: skip

# Labelled lines: "Venue: ...", "When: ...".
FIELD_LABELS: dict[str, str] = {
    "venue": "venue", "location": "venue", "where": "venue", "place": "venue",
    "address": "venue", "date": "date", "when": "date", "time": "date", "date and time": "date",
    "title": "title", "programme": "programme", "program": "programme", "series": "series",
    "rsvp": "rsvp", "register": "rsvp", "registration": "rsvp", "subtitle": "subtitle",
}  # fmt: skip

# A first line naming a programme: "DC Policy Forum on Russia ..." is the programme "DC Policy
# Forum" when it has one of these words before "on".
PROGRAMME_WORDS: tuple[str, ...] = (
    "forum", "series", "lecture", "lectures", "seminar", "colloquium", "salon", "dialogue",
    "program", "programme", "roundtable series", "breakfast",
)  # fmt: skip

# Words that make a first line the organiser's name rather than the event's title.
ORGANISER_WORDS: tuple[str, ...] = (
    "institute",
    "center",
    "centre",
    "council",
    "foundation",
    "university",
    "association",
)

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}  # fmt: skip

# Words in "Name, Title of Organisation" that make the part before "of" a position.
POSITION_WORDS: tuple[str, ...] = (
    "director", "director general", "president", "vice president", "chair", "chairman",
    "professor", "fellow", "senior fellow", "dean", "head", "ambassador", "minister", "editor",
    "founder", "executive director", "researcher", "lecturer", "ceo", "secretary", "manager",
    "associate professor", "assistant professor", "deputy director", "adviser", "advisor",
)  # fmt: skip

# Headings that start the part of a page that reports what happened, not what is planned.
SUMMARY_HEADINGS: tuple[str, ...] = ("summary", "event summary", "report", "highlights")

# Headings of a day in a multi-day page: "The first day of meetings", "Day 2".
DAY_HEADING_WORDS: tuple[str, ...] = ("day",)

# Lines from a web page's furniture, never part of the event.
BOILERPLATE: tuple[str, ...] = (
    "close", "see the flyer here", "please enter your username or email address", "share",
    "print", "back to events", "home", "menu", "add to calendar", "read more", "tweet", "register",
)  # fmt: skip
