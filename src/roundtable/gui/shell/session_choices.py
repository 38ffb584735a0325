"""The answers to the questions asked before the window opens (safety_dialogs.py asks them,
session.py acts on them), in a module of their own so that neither imports the other."""

from __future__ import annotations

from enum import Enum


class SecondInstanceChoice(Enum):
    """Another app already has the database: go to it, look here read-only, or give up."""

    RAISE = "raise"
    READ_ONLY = "read-only"
    CANCEL = "cancel"


class DamagedChoice(Enum):
    """The file cannot be used: restore its newest good backup, choose one, or quit."""

    RESTORE_NEWEST = "restore"
    CHOOSE = "choose"
    QUIT = "quit"
