"""The one-meeting .ics and a reminder's attachment carry the feed's LAST-MODIFIED and DTSTAMP.

The feeds date a planned meeting by the later of its row's change and its draft agenda's (a carried item
dropped in the agenda editor changes the DESCRIPTION, not the row: `calendars.service.agenda_changes`).
`/mote/<id>.ics` and the .ics of a reminder mail took LAST-MODIFIED from the row alone, and DTSTAMP from
the moment the file was made: a calendar that imported the file and also subscribed held two versions
of one UID and SEQUENCE, the file's looking newer (DTSTAMP) and older (LAST-MODIFIED) than the feed's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar
from sqlalchemy import select

from calendars.scopes import Window, parse_scope
from calendars.service import render_feed
from notifications.content import build_content
from planner.app import create_app
from planner.corrections import correct
from planner.ingest import ingest_file
from planner.store import CarryItem, Meeting
from tests.carry_minutes import POSTPONED, minutes, write_minutes

INGESTED = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)
DROPPED = dt.datetime(2024, 3, 20, 9, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2024, 3, 21, 9, 0, tzinfo=dt.UTC)
MARCH = minutes("2024-03-12", [("Budget 2025", POSTPONED), ("Övrigt", "Inget att anmäla.")], "2024-04-09")


def stamps(event: Any) -> tuple[dt.datetime, dt.datetime]:
    return event.decoded("LAST-MODIFIED"), event.decoded("DTSTAMP")


def test_the_meeting_ics_and_the_reminder_attachment_are_the_feeds_version(session_factory, settings, tmp_path):
    assert ingest_file(session_factory, write_minutes(tmp_path, "mars.txt", MARCH), now=INGESTED,
                       settings=settings).status == "new"
    with session_factory() as s, s.begin():
        carry = s.scalars(select(CarryItem)).one()
        correct(s, carry, {"state": "dropped", "closed_reason": "Ingen budget i år."}, user=None, document=None,
                now=DROPPED)
    with session_factory() as s:
        data = render_feed(s, parse_scope(s, "alla"), Window.at(NOW, settings), settings).body
        meeting = s.scalars(select(Meeting).where(Meeting.date == dt.date(2024, 4, 9))).one()
        meeting_id, uid = meeting.id, meeting.uid
        attachment = build_content(s, meeting, settings, now=NOW).ics
    [in_feed] = [e for e in icalendar.Calendar.from_ical(data).walk("VEVENT") if uid in str(e["UID"])]
    assert stamps(in_feed) == (DROPPED, DROPPED)  # the agenda's change, later than the row's

    [mailed] = icalendar.Calendar.from_ical(attachment).walk("VEVENT")
    assert stamps(mailed) == stamps(in_feed) and mailed["SEQUENCE"] == in_feed["SEQUENCE"]

    app = create_app(settings)
    app.config["PLANNER_NOW"] = lambda: NOW
    try:
        response = app.test_client().get(f"/mote/{meeting_id}.ics")
        assert response.status_code == 200
        [imported] = icalendar.Calendar.from_ical(response.data).walk("VEVENT")
    finally:
        app.extensions["planner.engine"].dispose()
    assert stamps(imported) == stamps(in_feed) and imported["SEQUENCE"] == in_feed["SEQUENCE"]
