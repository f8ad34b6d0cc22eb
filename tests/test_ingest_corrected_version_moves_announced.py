"""A corrected version of minutes that gives the next meeting or an event another date moves it.

The March minutes announced the next meeting on 9 April and a deadline on 2 April; a corrected
version of the same minutes (same body and date) said 16 April and 3 April instead. The refold
matched the stored rows only by the dates minutes had given them, and the superseded version was
no longer read: both rows were cancelled and new ones made under new UIDs, so subscribers saw
"INSTÄLLT" and a second entry instead of a move, and those reminded got a cancellation, not a new
date. Now what the replaced version announced, left without a match, goes to what the corrected
version announces in its place (one of a kind each): same row and UID, SEQUENCE up. What the
correction drops is still cancelled.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.ingest import ingest_file
from planner.store import Event, Meeting
from tests.carry_minutes import minutes, write_minutes

NOW = dt.datetime(2024, 3, 14, 8, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2024, 3, 15, 8, 0, tzinfo=dt.UTC)
DEADLINE = "Yttrande över remissen ska lämnas senast den {day} april 2024."
TRIP = "Styrelsen gör en studieresa till Kalmar den 20 april 2024."


def march(next_meeting: str, deadline_day: int, *, trip: bool = True) -> str:
    items = [("Remiss", DEADLINE.format(day=deadline_day))]
    if trip:
        items.append(("Studieresa", TRIP))
    return minutes("2024-03-12", items, next_meeting)


def planned(session_factory) -> dict[str, list[tuple[str, str, str, int]]]:  # type: ignore[no-untyped-def]
    with session_factory() as s:
        return {
            "meetings": [(m.date.isoformat(), m.status, m.uid, m.sequence) for m in
                         s.scalars(select(Meeting).where(Meeting.document_id.is_(None)).order_by(Meeting.date))],
            "events": [(e.date.isoformat() if e.date else "", e.status, e.uid, e.sequence, e.kind) for e in
                       s.scalars(select(Event).order_by(Event.date))],
        }


def test_corrected_version_moves_the_next_meeting_and_the_deadline(session_factory, tmp_path):
    first = ingest_file(session_factory, write_minutes(tmp_path, "mars.txt", march("2024-04-09", 2)), now=NOW)
    assert first.status == "new", first.message
    before = planned(session_factory)
    [(day, status, meeting_uid, meeting_seq)] = before["meetings"]
    assert (day, status) == ("2024-04-09", "planned")
    deadline = next(e for e in before["events"] if e[4] == "deadline")
    assert deadline[:2] == ("2024-04-02", "planned")
    fixed = ingest_file(session_factory, write_minutes(tmp_path, "mars rättad.txt", march("2024-04-16", 3)),
                        now=LATER)
    assert fixed.status == "updated", fixed.message
    after = planned(session_factory)
    [(day, status, uid, seq)] = after["meetings"]
    assert (day, status, uid) == ("2024-04-16", "planned", meeting_uid)
    assert seq > meeting_seq
    [moved] = [e for e in after["events"] if e[4] == "deadline"]
    assert moved[:3] == ("2024-04-03", "planned", deadline[2]) and moved[3] > deadline[3]


def test_corrected_version_still_cancels_what_it_drops(session_factory, tmp_path):
    first = ingest_file(session_factory, write_minutes(tmp_path, "mars.txt", march("2024-04-09", 2)), now=NOW)
    assert first.status == "new", first.message
    trips = [e for e in planned(session_factory)["events"] if e[4] == "trip"]
    assert [t[:2] for t in trips] == [("2024-04-20", "planned")]
    fixed = ingest_file(session_factory, write_minutes(tmp_path, "mars rättad.txt",
                                                       march("2024-04-09", 2, trip=False)), now=LATER)
    assert fixed.status == "updated", fixed.message
    after = planned(session_factory)
    assert [(e[0], e[1], e[2]) for e in after["events"] if e[4] == "trip"] == [("2024-04-20", "cancelled", trips[0][2])]
    assert [m[:2] for m in after["meetings"]] == [("2024-04-09", "planned")]
