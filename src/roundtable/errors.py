"""Errors a user can act on. The CLI prints their text as one line; the GUI shows it in a dialog.

Anything that is not a ``UserError`` is a bug and is reported as such.
"""

from roundtable.wording import tr


class UserError(Exception):
    """A problem with the user's input or files, explained in words they can act on."""


class NotFoundError(UserError):
    pass


class ConflictError(UserError):
    """The change would clash with data already there (a taken slug, an existing event)."""


class DatabaseError(UserError):
    """The database cannot be opened or used: newer schema, damaged file, unreachable server."""


class ReadOnlyError(UserError):
    """A change was attempted on a database opened read-only."""


class UnusableDatabaseError(DatabaseError):
    """The file cannot be used as it is: empty, not SQLite, damaged, or from a newer app.

    Carries the file and its good backups (newest first) so the CLI can name one and the GUI
    can offer to restore it. The file itself is never written to. ``reason`` is in the user's
    language; ``cause`` is the same in English (``FileReport.cause``), for code that tells
    one kind of damage from another.
    """

    def __init__(
        self, path: str, reason: str, backups: list | None = None, cause: str = ""
    ) -> None:
        self.path = path
        self.reason = reason
        self.cause = cause or reason
        self.backups = backups or []
        if self.backups:
            newest = self.backups[0]
            text = tr(
                "{path} {reason}. The newest good backup is {backup} ({about}); "
                "restore it with: roundtable --db {path} restore {backup}"
            ).format(path=path, reason=reason, backup=newest.path, about=newest.describe())
        else:
            text = tr("{path} {reason}. No good backup of it was found").format(
                path=path, reason=reason
            )
        super().__init__(text)
