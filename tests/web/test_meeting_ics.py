"""A public meeting page offers the meeting as an .ics file ("Lägg till i kalender"), with the feeds' UID.

A user who reads of a meeting on its page can put it in their calendar without subscribing: the
file holds one VEVENT with the UID the feeds give the meeting (a calendar that also subscribes keeps
one copy), Europe/Stockholm times, and for a coming meeting its draft agenda, as its reminder does.
"""

from __future__ import annotations

import icalendar

from planner.store import Meeting


def _calendar(client, meeting_id: int):
    response = client.get(f"/mote/{meeting_id}.ics")
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    return response, icalendar.Calendar.from_ical(response.data)


def test_the_meeting_page_links_its_ics(client, world) -> None:
    page = client.get(f"/mote/{world.next_id}").get_data(as_text=True)
    assert f'href="/mote/{world.next_id}.ics"' in page and "Lägg till i kalender" in page
    assert 'href="/kalender/organ/kommunalt-forum"' in page


def test_a_coming_meeting_as_ics_has_the_feeds_uid_times_and_agenda(client, world, db) -> None:
    response, cal = _calendar(client, world.next_id)
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="mote-kommunalt-forum-2020-03-06.ics"; '
        "filename*=UTF-8''Kommunalt%20forum%202020-03-06.ics")
    [event] = cal.walk("VEVENT")
    feed = icalendar.Calendar.from_ical(client.get("/kalender/organ/kommunalt-forum.ics").data)
    meeting = db.get(Meeting, world.next_id)
    uids = {str(e["UID"]) for e in feed.walk("VEVENT")}
    assert str(event["UID"]) in uids and meeting.uid in str(event["UID"])
    start = event.decoded("DTSTART")
    assert (start.year, start.month, start.day, start.hour) == (2020, 3, 6, 9)
    assert str(start.tzinfo) == "Europe/Stockholm"
    assert "Information om Yrkes-SM" in str(event["DESCRIPTION"])  # the carried item on its draft agenda
    assert "REFRESH-INTERVAL" not in cal  # a file to import, not a subscription


def test_a_held_meeting_as_ics_has_no_draft_agenda(client, world) -> None:
    _, cal = _calendar(client, world.held_id)
    [event] = cal.walk("VEVENT")
    assert "Förslag till dagordning" not in str(event.get("DESCRIPTION", ""))


def test_a_month_only_or_unpublished_meeting_has_no_ics(client, world, db) -> None:
    meeting = db.get(Meeting, world.next_id)
    meeting.date, meeting.month = None, "2020-03"
    db.commit()
    assert client.get(f"/mote/{world.next_id}.ics").status_code == 404
    assert "Lägg till i kalender" not in client.get(f"/mote/{world.next_id}").get_data(as_text=True)
    held = db.get(Meeting, world.held_id)
    held.published = False
    db.commit()
    assert client.get(f"/mote/{world.held_id}.ics").status_code == 404
    assert client.get("/mote/999999.ics").status_code == 404
