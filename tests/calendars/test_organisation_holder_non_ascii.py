"""An organisation's feed holds the events it holds also when its name begins with Å, Ä or Ö.

The bug: an event reaches an organisation's feed when its holder is the organisation, compared
case-insensitively as `lower(event.holder) = <the name lower-cased in Python>`. SQLite's lower()
folds ASCII letters only, so "Östergötlands museum" stayed "Östergötlands museum" in SQL while
Python made it "östergötlands museum": on SQLite (the default database) the feeds of Örebro,
Älmhult or Region Östergötland lost every event they held of a body they neither own nor attend.
"""

from __future__ import annotations

import datetime as dt

import icalendar

from tests.calendars.conftest import NOW


def _summaries(response) -> list[str]:
    assert response.status_code == 200
    return [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(response.data).walk("VEVENT")]


def test_event_held_by_an_organisation_named_with_a_swedish_capital(client, rows, session):
    museum = rows.organisation("ostergotlands-museum", "Östergötlands museum")
    network = rows.body("kulturnatverket", "Kulturnätverket")
    rows.event(network, kind="conference", title="Kulturarvsdagen", date=dt.date(2020, 5, 20),
               holder="Östergötlands museum", updated_at=NOW)
    rows.event(network, kind="conference", title="Länsmuseidagen", date=dt.date(2020, 6, 2),
               holder="ÖSTERGÖTLANDS MUSEUM", updated_at=NOW)
    rows.event(network, kind="workshop", title="Annan arrangör", date=dt.date(2020, 5, 21), holder="Västergötlands museum",
               updated_at=NOW)
    session.commit()
    assert museum.slug == "ostergotlands-museum"
    assert sorted(_summaries(client.get("/kalender/organisation/ostergotlands-museum.ics"))) == [
        "Kulturarvsdagen", "Länsmuseidagen"]
