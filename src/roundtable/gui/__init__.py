"""The desktop interface.

Views receive the store, the undo stack and QSettings through their constructors; nothing here
imports the main window, and the GUI never holds a database Session.
"""
