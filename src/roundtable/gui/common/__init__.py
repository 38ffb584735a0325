"""What every feature shares: the undo framework, messages, icons, colours, settings and small
widgets. Imports no feature.
"""
