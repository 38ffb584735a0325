"""The user guide, opened offline from Help › User guide (F1), on the page for where the user is."""
