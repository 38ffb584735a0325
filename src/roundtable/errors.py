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
