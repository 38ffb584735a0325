"""Where Roundtable lives on the web, and where a crash report goes: the one place that says so.

The app's id, ``app.roundtable.Roundtable``, is the reverse of its domain, roundtable.app.
Everything else (the crash dialog, About, the help pages, the AppStream metainfo's URLs) takes
its addresses from here, so moving the project means changing this file only.

A site can send crash reports to its own people instead: an events office whose IT desk looks
after the laptops sets the environment variable ``ROUNDTABLE_SUPPORT`` (a web address, or a
``mailto:`` address) for its users, and the crash dialog shows that instead of the project's
support page. ``support()`` reads the variable each time, so it works however the app was
started; ``SUPPORT`` is its value when Roundtable started.
"""

from __future__ import annotations

import os

HOMEPAGE = "https://roundtable.app/"
BUG_TRACKER = "https://roundtable.app/issues"
DEFAULT_SUPPORT = "https://roundtable.app/support"
SUPPORT_ENV = "ROUNDTABLE_SUPPORT"


def support() -> str:
    """Where to send a crash report: the site's ``$ROUNDTABLE_SUPPORT``, else the project's."""
    return os.environ.get(SUPPORT_ENV, "").strip() or DEFAULT_SUPPORT


SUPPORT = support()
