"""Roundtable: plan roundtables, panels and multi-day dialogues offline."""

__version__ = "0.2.0"
APP_NAME = "Roundtable"
APP_ID = "app.roundtable.Roundtable"
