"""A venue as address lines, the way the seed pages and local post write them."""

from roundtable.domain.records import VenueRecord

# Where the postcode goes before the town ("101000 Moscow"); elsewhere it follows the town and
# region, as in the DC page's "Washington DC 20006".
POSTCODE_FIRST = frozenset(
    {
        "austria", "belgium", "czechia", "denmark", "finland", "france", "germany", "italy",
        "netherlands", "norway", "poland", "portugal", "russia", "spain", "sweden", "switzerland",
    }
)  # fmt: skip


def locality(venue: VenueRecord) -> str:
    if venue.country.strip().casefold() in POSTCODE_FIRST:
        town = " ".join(p for p in (venue.postcode, venue.city) if p)
        return ", ".join(p for p in (town, venue.region) if p)
    return " ".join(p for p in (venue.city, venue.region, venue.postcode) if p)


def address_lines(venue: VenueRecord) -> list[str]:
    """Place, street, locality, country: each line only when there is something on it."""
    place = ", ".join(p for p in (venue.name, venue.room) if p)
    return [line for line in (place, venue.street, locality(venue), venue.country) if line]


def venue_line(venue: VenueRecord) -> str:
    return ", ".join(address_lines(venue))
