"""Withdrawing the minutes that moved a meeting moves it back, as the same calendar entry.

The March minutes announced the next meeting for 9 April; minutes of an extra meeting on 26 March
moved it to 23 April, and subscribers were told. Those minutes were then withdrawn (ingested by
mistake): the meeting should be back on 9 April. Instead the refold, which no longer knew that the
meeting had ever been on 23 April, left its row unclaimed: the 23 April entry was cancelled
("INSTÄLLT" in the feeds, a cancellation mail to those reminded) and a new entry with a new UID was
made for 9 April (a second reminder series). The same happened to a meeting the withdrawn minutes had
given a day (a month-only "ett möte i september" pinned to the 18th), and, in the past, to the
planned meeting that minutes held a few days late had taken over: it was deleted and a new one made.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.ingest import ingest_file, withdraw_document
from planner.store import Meeting
from tests.carry_minutes import minutes, write_minutes

NOW = dt.datetime(2024, 3, 27, 8, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2024, 3, 28, 8, 0, tzinfo=dt.UTC)
ITEMS = [("Trädgårdsdag", "Styrelsen beslutade att hålla trädgårdsdag i maj.")]
MARCH = minutes("2024-03-12", ITEMS, "2024-04-09")
EXTRA = minutes("2024-03-26", [("Ändrad mötesdag", "Mötet den 9 april flyttas till den 23 april 2024.")],
                "2024-04-23")


def ingest(session_factory, tmp_path, name: str, text: str) -> int:  # type: ignore[no-untyped-def]
    result = ingest_file(session_factory, write_minutes(tmp_path, name, text), now=NOW)
    assert result.status == "new", result.message
    assert result.document_id is not None
    return result.document_id


def withdraw(session_factory, document_id: int) -> None:  # type: ignore[no-untyped-def]
    with session_factory() as s, s.begin():
        withdraw_document(s, document_id, now=LATER)


def planned(session_factory) -> list[tuple[str | None, str, str, int]]:  # type: ignore[no-untyped-def]
    """The meetings that are not held: (day or month, status, uid, sequence)."""
    with session_factory() as s:
        return [(m.date.isoformat() if m.date else m.month, m.status, m.uid, m.sequence)
                for m in s.scalars(select(Meeting).where(Meeting.status != "held").order_by(Meeting.id))]


def test_withdrawing_the_minutes_that_moved_a_meeting_moves_it_back(session_factory, tmp_path):
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    [(_, _, uid, _)] = planned(session_factory)
    extra = ingest(session_factory, tmp_path, "extra.txt", EXTRA)
    [(day, status, moved_uid, moved_sequence)] = planned(session_factory)
    assert (day, status, moved_uid) == ("2024-04-23", "planned", uid)

    withdraw(session_factory, extra)
    after = planned(session_factory)
    assert [row[:3] for row in after] == [("2024-04-09", "planned", uid)]  # no cancelled entry, no new one
    assert after[0][3] > moved_sequence


def test_withdrawing_the_minutes_that_gave_a_month_its_day(session_factory, tmp_path):
    ingest(session_factory, tmp_path, "mars.txt", minutes("2024-03-12", ITEMS, "september 2024"))
    [(month, _, uid, _)] = planned(session_factory)
    assert month == "2024-09"
    extra = ingest(session_factory, tmp_path, "extra.txt", minutes("2024-03-26", ITEMS, "2024-09-18"))
    assert [row[:3] for row in planned(session_factory)] == [("2024-09-18", "planned", uid)]

    withdraw(session_factory, extra)
    assert [row[:3] for row in planned(session_factory)] == [("2024-09", "planned", uid)]


def test_withdrawing_minutes_held_late_plans_the_meeting_again_as_announced(session_factory, tmp_path):
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    [(_, _, uid, _)] = planned(session_factory)
    late = ingest(session_factory, tmp_path, "april.txt", minutes("2024-04-12", ITEMS, "2024-05-14"))
    with session_factory() as s:
        assert s.scalars(select(Meeting.uid).where(Meeting.date == dt.date(2024, 4, 12))).one() == uid

    may_uid = planned(session_factory)[0][2]
    withdraw(session_factory, late)
    # 14 May was announced only by the withdrawn minutes: cancelled, for the subscribers' calendars.
    assert [row[:3] for row in planned(session_factory)] == [
        ("2024-04-09", "planned", uid), ("2024-05-14", "cancelled", may_uid)]
