"""The people directory: the table, a person's page, the person dialog, merging and duplicates,
photos.
"""
