"""The Seating tab: plans drawn to shape, drag and drop, rules and auto seating."""
