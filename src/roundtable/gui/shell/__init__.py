"""The frame round the features: starting the app, the main window, the database session and the
questions asked before the window opens.
"""
