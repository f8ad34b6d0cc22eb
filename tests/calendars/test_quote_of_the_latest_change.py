"""A moved or cancelled meeting or event quotes the minutes that changed it, not those that announced it.

The November minutes announced "Workshop om digitalisering den 15 januari 2027" and the next meeting
on 8 December; the December minutes said "Workshopen den 15 januari 2027 flyttas till den 22 januari
2027" and "Länskonferensen 25-26 mars 2027 ställs in". The feeds' DESCRIPTION ("Ur mötesanteckningarna:
..."), the reminder mail's .ics and the meeting page went on quoting the November sentence: a workshop on
22 January said "den 15 januari", a cancelled conference "hålls 25-26 mars". Each now quotes the latest
minutes that changed it (their span is stored beside the announcement's, which `announced_by` and
withdrawal still use); withdrawing those minutes brings the earlier words back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar
from sqlalchemy import select

from calendars.scopes import Window, parse_scope
from calendars.service import render_feed
from notifications.content import build_content
from planner.ingest import ingest_file, withdraw_document
from planner.plans import announced_by
from planner.store import Event, Meeting
from tests.carry_minutes import minutes, write_minutes

NOW = dt.datetime(2026, 12, 9, 8, 0, tzinfo=dt.UTC)
NOVEMBER = minutes("2026-11-10", [("Kommande aktiviteter", (
    "Workshop om digitalisering den 15 januari 2027 kl. 13.00-16.00 i Asa, regionhuset.\n"
    "Länskonferensen hålls 25-26 mars 2027 i Kalmar.\n"
    "Styrelsen sammanträder nästa gång den 9 februari 2027."))], "2026-12-08")
DECEMBER = minutes("2026-12-08", [("Kommande aktiviteter", (
    "Workshopen den 15 januari 2027 flyttas till den 22 januari 2027.\n"
    "Länskonferensen 25-26 mars 2027 ställs in.\n"
    "Mötet den 9 februari 2027 flyttas till den 16 februari 2027."))], "2027-02-16")
ANNOUNCED = "Workshop om digitalisering den 15 januari 2027"
MOVED = "Workshopen den 15 januari 2027 flyttas till den 22 januari 2027"
CANCELLED = "Länskonferensen 25-26 mars 2027 ställs in"


def ingest(session_factory: Any, settings: Any, tmp_path: Any, name: str, text: str) -> int:
    result = ingest_file(session_factory, write_minutes(tmp_path, name, text), now=NOW, settings=settings)
    assert result.status == "new", result.message
    assert result.document_id is not None
    return result.document_id


def descriptions(session_factory: Any, settings: Any) -> dict[str, str]:
    """The feed's DESCRIPTION of each event by its CATEGORIES (one workshop, one conference, meetings)."""
    with session_factory() as s:
        data = render_feed(s, parse_scope(s, "alla"), Window.at(NOW, settings), settings).body
    out: dict[str, str] = {}
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        start = event.decoded("DTSTART")
        out[f"{event['CATEGORIES'].cats[0]} {start.isoformat()[:10]}"] = str(event["DESCRIPTION"])
    return out


def quoted(description: str) -> str:
    [line] = [p for p in description.split("\n\n") if p.startswith("Ur mötesanteckningarna:")]
    return line


def test_the_feed_quotes_the_minutes_that_moved_or_cancelled_it(session_factory, settings, tmp_path):
    november = ingest(session_factory, settings, tmp_path, "nov.txt", NOVEMBER)
    assert ANNOUNCED in quoted(descriptions(session_factory, settings)["Workshop 2027-01-15"])
    december = ingest(session_factory, settings, tmp_path, "dec.txt", DECEMBER)
    found = descriptions(session_factory, settings)
    workshop = quoted(found["Workshop 2027-01-22"])
    assert MOVED in workshop and ANNOUNCED not in workshop
    assert CANCELLED in quoted(found["Konferens 2027-03-25"])
    with session_factory() as s:
        # The announcement is still the November minutes': what withdrawal and `announced_by` go by.
        event = s.scalars(select(Event).where(Event.kind == "workshop")).one()
        assert announced_by(event) == november and event.change_document_id == december

    # The reminder mail's .ics quotes the same words.
    with session_factory() as s:
        event = s.scalars(select(Event).where(Event.kind == "workshop")).one()
        content = build_content(s, event, settings, now=NOW)
    [vevent] = icalendar.Calendar.from_ical(content.ics).walk("VEVENT")
    assert MOVED in quoted(str(vevent["DESCRIPTION"]))

    # Withdrawn, the December minutes no longer speak: the workshop is back on 15 January, in its own words.
    with session_factory() as s, s.begin():
        withdraw_document(s, december, now=NOW + dt.timedelta(hours=1))
    found = descriptions(session_factory, settings)
    assert ANNOUNCED in quoted(found["Workshop 2027-01-15"])
    with session_factory() as s:
        event = s.scalars(select(Event).where(Event.kind == "workshop")).one()
        assert (event.date, event.change_document_id, event.change_span_start) == (dt.date(2027, 1, 15), None, None)


def test_minutes_read_out_of_order_quote_the_same(session_factory, settings, tmp_path):
    ingest(session_factory, settings, tmp_path, "dec.txt", DECEMBER)
    ingest(session_factory, settings, tmp_path, "nov.txt", NOVEMBER)
    found = descriptions(session_factory, settings)
    assert MOVED in quoted(found["Workshop 2027-01-22"])
    assert CANCELLED in quoted(found["Konferens 2027-03-25"])


def test_the_meeting_page_and_its_ics_show_the_move(session_factory, settings, tmp_path):
    from planner.app import create_app

    ingest(session_factory, settings, tmp_path, "nov.txt", NOVEMBER)
    december = ingest(session_factory, settings, tmp_path, "dec.txt", DECEMBER)
    with session_factory() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.date == dt.date(2027, 2, 16))).one()
        meeting_id, span = meeting.id, (meeting.change_span_start, meeting.change_span_end)
        assert meeting.change_document_id == december and None not in span
    app = create_app(settings)
    app.config["PLANNER_NOW"] = lambda: NOW
    try:
        client = app.test_client()
        page = client.get(f"/mote/{meeting_id}").get_data(as_text=True)
        assert f"/dokument/{december}?fran={span[0]}&amp;till={span[1]}#kalla" in page
        [vevent] = icalendar.Calendar.from_ical(client.get(f"/mote/{meeting_id}.ics").data).walk("VEVENT")
        assert "flyttas till den 16 februari 2027" in quoted(str(vevent["DESCRIPTION"]))
    finally:
        app.extensions["planner.engine"].dispose()
