"""The Log tab: journal, change history, minutes, planned against actual, and the moderator's
timer.
"""
