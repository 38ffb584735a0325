"""One event's participants: the tab, picking people from the directory, importing a list."""
