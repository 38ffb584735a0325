"""A venue written as one address line, the way the seed pages write it."""

from roundtable.domain.records import VenueRecord


def venue_line(venue: VenueRecord) -> str:
    place = " ".join(p for p in (venue.city, venue.region, venue.postcode) if p)
    parts = (venue.name, venue.room, venue.street, place, venue.country)
    return ", ".join(p for p in parts if p)
