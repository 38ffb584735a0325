"""Errors a user can act on. The CLI prints their text as one line; the GUI shows it in a dialog.

Anything that is not a ``UserError`` is a bug and is reported as such.
"""


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
    can offer to restore it. The file itself is never written to.
    """

    def __init__(self, path: str, reason: str, backups: list | None = None) -> None:
        self.path = path
        self.reason = reason
        self.backups = backups or []
        text = f"{path} {reason}"
        if self.backups:
            newest = self.backups[0]
            text += (
                f". The newest good backup is {newest.path} ({newest.describe()}); "
                f"restore it with: roundtable --db {path} restore {newest.path}"
            )
        else:
            text += ". No good backup of it was found"
        super().__init__(text)
