"""Minutes of a meeting held a little after the day announced for it take the announced meeting's place.

The March minutes said the next meeting is on 9 April; the body met on 16 April instead, and its
minutes say nothing of the move. The 9 April meeting stayed "planned" for ever beside the held one:
the calendar kept a meeting that never happened, and the subscriber had two. Now the held meeting
is the planned one, moved (its calendar entry, by UID, moves with a higher SEQUENCE). Only the one
meeting planned within two weeks before, with none held since it: one planned further back may have
been held with its minutes never uploaded, and stays.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.ingest import ingest_file
from planner.store import Meeting
from tests.carry_minutes import minutes, write_minutes

NOW = dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.UTC)
ITEMS = [("Trädgårdsdag", "Styrelsen beslutade att hålla trädgårdsdag i maj.")]
MARCH = minutes("2024-03-12", ITEMS, "2024-04-09")


def ingest(session_factory, tmp_path, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    result = ingest_file(session_factory, write_minutes(tmp_path, name, text), now=NOW)
    assert result.status == "new", result.message


def meetings(session_factory) -> list[tuple[str, str, str, int]]:  # type: ignore[no-untyped-def]
    with session_factory() as s:
        return [(m.date.isoformat(), m.status, m.uid, m.sequence)
                for m in s.scalars(select(Meeting).order_by(Meeting.date))]


def test_meeting_held_a_week_late_is_the_planned_one_moved(session_factory, tmp_path):
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    [_, (day, status, planned_uid, sequence)] = meetings(session_factory)
    assert (day, status) == ("2024-04-09", "planned")
    ingest(session_factory, tmp_path, "april.txt", minutes("2024-04-16", ITEMS, "2024-05-14"))
    rows = meetings(session_factory)
    assert [(day, status) for day, status, _, _ in rows] == [
        ("2024-03-12", "held"), ("2024-04-16", "held"), ("2024-05-14", "planned")]
    assert rows[1][2] == planned_uid and rows[1][3] > sequence  # the same calendar entry, updated


def test_out_of_order_ingest_ends_the_same(session_factory, tmp_path):
    ingest(session_factory, tmp_path, "april.txt", minutes("2024-04-16", ITEMS, "2024-05-14"))
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    assert [(day, status) for day, status, _, _ in meetings(session_factory)] == [
        ("2024-03-12", "held"), ("2024-04-16", "held"), ("2024-05-14", "planned")]


def test_meeting_planned_further_back_stays(session_factory, tmp_path):
    """Three weeks on: the 9 April meeting may have been held, its minutes not uploaded."""
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    ingest(session_factory, tmp_path, "april.txt", minutes("2024-04-30", ITEMS, "2024-05-28"))
    assert [(day, status) for day, status, _, _ in meetings(session_factory)] == [
        ("2024-03-12", "held"), ("2024-04-09", "planned"), ("2024-04-30", "held"), ("2024-05-28", "planned")]


def test_minutes_before_the_planned_day_are_another_meeting(session_factory, tmp_path):
    """Held on 2 April, before the 9 April meeting planned: an extra meeting, the planned one stays."""
    ingest(session_factory, tmp_path, "mars.txt", MARCH)
    ingest(session_factory, tmp_path, "extra.txt", minutes("2024-04-02", ITEMS, "2024-04-09"))
    assert [(day, status) for day, status, _, _ in meetings(session_factory)] == [
        ("2024-03-12", "held"), ("2024-04-02", "held"), ("2024-04-09", "planned")]


def test_two_meetings_planned_in_the_fortnight_leave_both(session_factory, tmp_path):
    """Minutes announcing 2 and 9 April, then minutes of 12 April: which of the two moved is not known."""
    two = MARCH.replace("Nästa möte: 2024-04-09", "Nästa möte: 2024-04-02\n\nDärefter möte 2024-04-09.")
    ingest(session_factory, tmp_path, "mars.txt", two)
    planned = [day for day, status, _, _ in meetings(session_factory) if status == "planned"]
    assert planned == ["2024-04-02", "2024-04-09"]
    ingest(session_factory, tmp_path, "april.txt", minutes("2024-04-12", ITEMS, "2024-05-14"))
    assert [(day, status) for day, status, _, _ in meetings(session_factory)] == [
        ("2024-03-12", "held"), ("2024-04-02", "planned"), ("2024-04-09", "planned"), ("2024-04-12", "held"),
        ("2024-05-14", "planned")]


def test_held_meeting_drops_the_placeholder_title_it_was_announced_under(session_factory, tmp_path):
    """The API and the review pages showed a held meeting as "Nästa möte": the words that announced it."""
    ingest(session_factory, tmp_path, "mars.txt", MARCH.replace("Nästa möte: 2024-04-09",
                                                                "Nästa möte\nNästa möte hålls den 9 april 2024."))
    with session_factory() as s:
        planned = s.scalars(select(Meeting).where(Meeting.date == dt.date(2024, 4, 9))).one()
        assert planned.title == "Nästa möte" and planned.subject is None
    ingest(session_factory, tmp_path, "april.txt", minutes("2024-04-09", ITEMS, "2024-05-14"))
    with session_factory() as s:
        held = s.scalars(select(Meeting).where(Meeting.date == dt.date(2024, 4, 9))).one()
        assert (held.status, held.title, held.subject) == ("held", "Föreningen Ekbacken, styrelsen", "Föreningen Ekbacken, styrelsen")
