"""The Readiness tab: what is still missing before the event (services/readiness.py)."""
