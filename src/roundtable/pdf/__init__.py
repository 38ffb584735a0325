"""PDF exports with reportlab: one shape for all of them, fonts registered once."""
