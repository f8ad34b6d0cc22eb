"""Control characters in minutes never reach a feed: strict readers refuse a feed over one.

The bug: minutes copied from Word or a PDF carry control characters (U+001F is Word's optional
hyphen, U+0007 and U+0001 come from field codes). They went into SUMMARY, LOCATION, DESCRIPTION and
the calendar's name as they were, against RFC 5545 3.3.11 (a TEXT value holds no control character
but the tab), and a strict parser (the `ical` package) refused the whole feed.
"""

from __future__ import annotations

import datetime as dt

import icalendar

from tests.calendars.conftest import NOW, strict_parse

# Every control character but the tab, and CR and LF (the ends of content lines).
FORBIDDEN = {chr(c) for c in [*range(9), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]}


def test_feed_and_mail_calendar_hold_no_control_characters(client, rows, session, settings):
    from calendars.feeds import event_calendar

    text = "Workshop om \x07digitalisering den 2 juni 2020 kl. 13.00-16.00 i Sal\x1bC.\n"
    doc = rows.document(text)
    body = rows.body("kontrollforum", "Kontroll\x1fforum Öst")
    start = text.index("den 2 juni")
    rows.meeting(body, date=dt.date(2020, 6, 9), start=dt.time(9), end=dt.time(12), venue="Sal\x01B, Stads\x1fhuset",
                 online="Te\x02ams", updated_at=NOW)
    workshop = rows.event(body, kind="workshop", title="Workshop om \x07digitalisering", date=dt.date(2020, 6, 2),
                          start=dt.time(13), end=dt.time(16), venue="Sal\x1bC", theme="Digi\x7ftalt",
                          document_id=doc.id, span_start=start, span_end=start + 10, updated_at=NOW)
    session.commit()

    response = client.get("/kalender/organ/kontrollforum.ics")
    assert response.status_code == 200
    assert not set(response.data.decode()) & FORBIDDEN
    strict = strict_parse(response.data)
    assert sorted(e.location for e in strict.events) == ["SalB, Stadshuset / Teams", "SalC"]
    calendar = icalendar.Calendar.from_ical(response.data)
    assert str(calendar["X-WR-CALNAME"]) == "Kontrollforum Öst"
    assert sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT")) == ["Kontrollforum Öst",
                                                                         "Workshop om digitalisering"]

    attached = event_calendar(workshop, settings, now=NOW).to_ical()
    assert not set(attached.decode()) & FORBIDDEN
    strict_parse(attached)
