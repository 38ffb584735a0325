"""Persistence: typed SQLAlchemy models, migrations and the one facade that owns the Engine."""
