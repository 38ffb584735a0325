"""What each PDF kind holds, in a sentence: the PDF's Subject, as the print dialog shows it.

The same texts as the kinds' ``about`` (``kind_*.py``; tests/pdf/test_pdf_metadata.py keeps
the two equal), here so that an exporter can name its subject without importing its kind,
which imports the exporter. Translated where they are used (``tr(ABOUT["agenda"])``).
"""

from __future__ import annotations

from roundtable.wording import QT_TR_NOOP

ABOUT: dict[str, str] = {
    "agenda": QT_TR_NOOP(
        "Each day's programme with times, speakers and their affiliations, and the "
        "participants by role."
    ),
    "namecards": QT_TR_NOOP(
        "Folded tent cards: the name on both halves, the upper half upside down so that both "
        "sides read upright once folded."
    ),
    "seating": QT_TR_NOOP(
        "Each plan's table drawn to scale with every seat's name and own-script name, then "
        "a list of the seats with delegations, affiliations and roles."
    ),
    "log": QT_TR_NOOP(
        "The minutes, the journal by day with every entry's earlier texts, planned against "
        "actual time for each item and speaker (a table and a chart), and the change history."
    ),
    "minutes": QT_TR_NOOP(
        "The event's minutes under its title, dates and venue, to hand out afterwards: who "
        "attended, the minutes and the record of the discussion."
    ),
    "bios": QT_TR_NOOP(
        "A cover, then each participant by role and precedence with photo, names in both "
        "scripts, affiliations and bio."
    ),
    "brief": QT_TR_NOOP(
        "The rule of the room and house rules, the run sheet with each turn’s time and cues, "
        "who introduces whom, the speakers’ names as said with short bios, and the seating "
        "in miniature."
    ),
    "signin": QT_TR_NOOP(
        "The expected participants in alphabetical order by family name, each with a box to "
        "sign, then blank rows for walk-ins."
    ),
    "flyer": QT_TR_NOOP(
        "One page to post: the title, when and where, the speakers with their affiliations, "
        "a short description, the organisers with their logos and how to register."
    ),
}
