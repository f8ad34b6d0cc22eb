"""A meeting's LAST-MODIFIED moves when the draft agenda in its DESCRIPTION changes.

The body's next planned meeting carries the planner's draft agenda in its DESCRIPTION: the carried
items, the deadlines before it. The draft changes with other rows than the meeting's own (a carried
item dropped in the agenda editor, a deadline moved) and with the day (a planned meeting passed, the
draft moves on to the following one), but LAST-MODIFIED and DTSTAMP stayed the meeting row's: ICSx⁵,
which updates an event only when its LAST-MODIFIED has grown, kept showing the old agenda (an item
dropped weeks ago, no agenda at all on the meeting that had become the next one).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar
from sqlalchemy import select

from calendars.scopes import Window, parse_scope
from calendars.service import render_feed
from planner.corrections import correct
from planner.ingest import ingest_file
from planner.store import CarryItem
from tests.carry_minutes import POSTPONED, minutes, write_minutes

INGESTED = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)
MARCH = minutes("2024-03-12", [("Budget 2025", POSTPONED),
                               ("Kommande möten", "Mötet därefter hålls den 14 maj 2024 kl. 18.00-20.00.")],
                "2024-04-09")


def feed(session_factory: Any, settings: Any, now: dt.datetime) -> dict[dt.date, Any]:
    """The feed's meetings by day."""
    with session_factory() as session:
        data = render_feed(session, parse_scope(session, "alla"), Window.at(now, settings), settings).body
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return {(e.start.date() if isinstance(e.start, dt.datetime) else e.start): e for e in events}


def stamps(event: Any) -> tuple[dt.datetime, dt.datetime]:
    return event.decoded("LAST-MODIFIED"), event.decoded("DTSTAMP")


def test_a_carried_item_dropped_moves_the_next_meetings_last_modified(session_factory, settings, tmp_path):
    assert ingest_file(session_factory, write_minutes(tmp_path, "mars.txt", MARCH), now=INGESTED,
                       settings=settings).status == "new"
    before = feed(session_factory, settings, dt.datetime(2024, 3, 15, 9, 0, tzinfo=dt.UTC))[dt.date(2024, 4, 9)]
    assert "Budget 2025" in str(before["DESCRIPTION"])

    dropped = dt.datetime(2024, 3, 20, 9, 0, tzinfo=dt.UTC)
    with session_factory() as s:
        carry = s.scalars(select(CarryItem)).one()
        correct(s, carry, {"state": "dropped", "closed_reason": "Ingen budget i år."}, user=None, document=None,
                now=dropped)
        s.commit()
    after = feed(session_factory, settings, dt.datetime(2024, 3, 21, 9, 0, tzinfo=dt.UTC))[dt.date(2024, 4, 9)]
    assert "Budget 2025" not in str(after["DESCRIPTION"])
    assert stamps(after) >= (dropped, dropped) and stamps(after) > stamps(before)
    assert after["SEQUENCE"] == before["SEQUENCE"]  # date, time and place are the same: no new SEQUENCE


def test_the_draft_moving_on_to_the_following_meeting_moves_both(session_factory, settings, tmp_path):
    assert ingest_file(session_factory, write_minutes(tmp_path, "mars.txt", MARCH), now=INGESTED,
                       settings=settings).status == "new"
    before = feed(session_factory, settings, dt.datetime(2024, 4, 9, 9, 0, tzinfo=dt.UTC))
    assert "Budget 2025" in str(before[dt.date(2024, 4, 9)]["DESCRIPTION"])
    assert "Budget 2025" not in str(before[dt.date(2024, 5, 14)]["DESCRIPTION"])

    # 9 April passed with no minutes ingested: the draft is the 14 May meeting's from 10 April on.
    after = feed(session_factory, settings, dt.datetime(2024, 4, 10, 9, 0, tzinfo=dt.UTC))
    assert "Budget 2025" in str(after[dt.date(2024, 5, 14)]["DESCRIPTION"])
    assert "Budget 2025" not in str(after[dt.date(2024, 4, 9)]["DESCRIPTION"])
    day_after = dt.datetime(2024, 4, 9, 22, 0, tzinfo=dt.UTC)  # midnight in Stockholm
    for day in (dt.date(2024, 4, 9), dt.date(2024, 5, 14)):
        assert stamps(after[day]) > stamps(before[day]), day
        assert stamps(after[day]) >= (day_after, day_after), day
    # The next day, nothing changed: the same bytes for the same events.
    again = feed(session_factory, settings, dt.datetime(2024, 4, 11, 9, 0, tzinfo=dt.UTC))
    assert {d: stamps(e) for d, e in again.items()} == {d: stamps(e) for d, e in after.items()}
