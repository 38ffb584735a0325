"""Dates, sizes and addresses read the same in the list, the overview and ``roundtable show``."""

from datetime import date, time

from roundtable.domain.records import VenueRecord
from roundtable.services.dates import (
    date_range,
    file_size,
    iso_span,
    long_date_range,
    when,
    year_span,
)
from roundtable.services.venue_text import address_lines, venue_line


def test_date_ranges():
    assert date_range(date(2017, 3, 15), date(2017, 3, 16)) == "15–16 March 2017"
    assert date_range(date(2017, 3, 15), date(2017, 3, 16), short_month=True) == "15–16 Mar 2017"
    assert date_range(date(2017, 3, 30), date(2017, 4, 2), short_month=True) == (
        "30 Mar – 2 Apr 2017"
    )
    assert date_range(date(2017, 12, 30), date(2018, 1, 2), short_month=True) == (
        "30 Dec 2017 – 2 Jan 2018"
    )
    assert date_range(date(2018, 2, 26), date(2018, 2, 26)) == "26 February 2018"
    assert long_date_range(date(2017, 3, 15), date(2017, 3, 16)) == "Wed 15 – Thu 16 March 2017"
    assert when(date(2018, 2, 26), date(2018, 2, 26), time(10, 30), time(12)) == (
        "26 February 2018 (10:30–12:00)"
    )
    assert year_span([2016, 2017]) == "2016–2017" and year_span([2018]) == "2018"


def test_iso_spans_for_listings():
    assert iso_span(date(2017, 3, 15), date(2017, 3, 16), None, None) == "2017-03-15..16"
    assert iso_span(date(2017, 3, 30), date(2017, 4, 2), None, None) == "2017-03-30..2017-04-02"
    assert iso_span(date(2018, 2, 26), date(2018, 2, 26), time(10, 30), time(12)) == (
        "2018-02-26 10:30-12:00"
    )


def test_file_sizes():
    assert file_size(1) == "1 byte" and file_size(500) == "500 bytes"
    assert file_size(3000) == "3 KB" and file_size(5 * 1024 * 1024) == "5.0 MB"


def test_addresses_follow_local_custom():
    dc = VenueRecord("USJI Office", "Seminar Room", "2000 M Street", "Washington", "DC", "20006",
                     "United States")  # fmt: skip
    assert venue_line(dc) == (
        "USJI Office, Seminar Room, 2000 M Street, Washington DC 20006, United States"
    )
    moscow = VenueRecord(name="RIAC", street="1 Bolshaya Yakimanka", city="Moscow",
                         postcode="119180", country="Russia")  # fmt: skip
    assert address_lines(moscow) == ["RIAC", "1 Bolshaya Yakimanka", "119180 Moscow", "Russia"]
    assert address_lines(VenueRecord(city="Moscow", country="Russia")) == ["Moscow", "Russia"]
    assert address_lines(VenueRecord()) == []
