"""The user guide's pages and where they are (``resources/guide/``, shipped in the package).

The pages are English only, so their titles stay in the HTML files (the help window's list
reads them there); tests/test_guide.py checks that every page named here exists.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from roundtable.resource_files import resource_path

HOME = "index.html"
PLAN = "plan-an-event.html"
PRINTING = "printing.html"
TIMER = "run-the-timer.html"
LOG = "keep-the-log.html"
SHARING = "share-an-event.html"
TEAM = "team-mode.html"
BACKUPS = "backups.html"

ORDER = (HOME, PLAN, PRINTING, TIMER, LOG, SHARING, TEAM, BACKUPS)
"""The pages as the help window lists them: the contents, then one page per job."""

_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def guide_folder() -> Path:
    return resource_path("guide")


def page_file(page: str) -> Path:
    """The HTML file of ``page`` (a file name, with or without its ``#section``)."""
    return guide_folder() / page.partition("#")[0]


@cache
def page_title(page: str) -> str:
    """The page's own ``<title>``, so the list of pages reads as the pages do."""
    text = page_file(page).read_text(encoding="utf-8")
    found = _TITLE.search(text)
    return " ".join(found.group(1).split()) if found else page
