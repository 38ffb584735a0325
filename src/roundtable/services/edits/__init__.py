"""Building edits (``domain/edits``) from what a view shows and what the user did.

Each builder takes the records as the user sees them and returns the edit that says what they
changed, with the values they saw as its preconditions, and a name for it ("Move “Q&A” up").
They are pure: nothing here reads or writes the database, and nothing needs Qt, so the GUI and
the command line build the same edits and the tests check them without either.

A change the rules forbid as the user sees things (seating someone on a locked seat) raises
``RefusedError`` with a sentence for the status bar; a change built on something that is not there
(a row that went) raises ValueError.
"""


class RefusedError(ValueError):
    """A change the records, as shown, do not allow; the message says why, as a sentence."""
