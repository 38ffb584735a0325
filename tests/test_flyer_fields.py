"""The flyer's two fields in the store and the bundle: an organisation's logo (loaded only on
request, as a photo) and the event's RSVP line."""

from __future__ import annotations

from dataclasses import replace

from roundtable.domain.records import OrganisationRecord
from roundtable.services.bundle import bundle_from_record
from roundtable.services.demo import load_demo

ROUND_2 = "us-japan-russia-trilateral-round-2-2017"


def test_a_logo_is_kept_flagged_in_lists_and_read_on_request(store):
    saved = store.save_organisation(
        OrganisationRecord(name="Logo Inc", logo=b"PNG", logo_mime="image/png")
    )
    assert saved.has_logo and saved.logo is None
    listed = next(o for o in store.list_organisations() if o.id == saved.id)
    assert listed.has_logo
    assert store.organisation_logos([saved.id]) == {saved.id: (b"PNG", "image/png")}
    store.save_organisation(replace(listed, name="Logo Inc."))  # None: the logo stays
    assert store.organisation_logos([saved.id])
    store.save_organisation(replace(listed, logo=b""))  # b"": removed
    assert store.organisation_logos([saved.id]) == {}


def test_the_rsvp_line_is_stored_and_bundled(store):
    load_demo(store)
    event_id = store.resolve_event(ROUND_2)
    event = store.get_event(event_id)
    assert "rsvp" not in bundle_from_record(event)["event"]  # written only when set
    event = replace(event, rsvp="RSVP to events@example.org by 20 February")
    assert bundle_from_record(event)["event"]["rsvp"] == event.rsvp
    host = event.organisations[0].organisation
    assert host.has_logo is False
