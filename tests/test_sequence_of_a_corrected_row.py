"""An ingest that rebuilds a row a secretary corrected raises its SEQUENCE one step per change, not two.

A secretary corrected the venue of the planned 9 April meeting (SEQUENCE 0 -> 1). When the April minutes
came, the meeting became held, one change, but SEQUENCE went from 1 to 3: storing the row from the minutes
wrote their venue over the correction and counted that as a change, then re-applying the correction
(`apply_corrections`) wrote it back and counted another. Earlier minutes ingested later, which refold the
body and change nothing of that meeting, raised it by two as well. The corrected fields are the
secretary's: the store no longer counts the minutes' word on them, nor the re-applied correction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from planner.corrections import correct
from planner.ingest import ingest_file
from planner.store import Meeting
from tests.carry_minutes import APRIL, MARCH, minutes, write_minutes

NOW = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)
FEBRUARY = minutes("2024-02-13", [("Trädgårdsdag", "Styrelsen diskuterade trädgårdsdagen.")], "2024-03-12")


def ingest(session_factory: Any, settings: Any, tmp_path: Any, name: str, text: str) -> None:
    result = ingest_file(session_factory, write_minutes(tmp_path, name, text), now=NOW, settings=settings)
    assert result.status == "new", result.message


def april_meeting(session_factory: Any) -> tuple[str, str | None, int]:
    with session_factory() as s:
        m = s.scalars(select(Meeting).where(Meeting.date == dt.date(2024, 4, 9))).one()
        return m.status, m.venue, m.sequence


def correct_venue(session_factory: Any) -> None:
    with session_factory() as s, s.begin():
        m = s.scalars(select(Meeting).where(Meeting.date == dt.date(2024, 4, 9))).one()
        correct(s, m, {"venue": "Rättad lokal"}, user=None, document=m.source_document, now=NOW)


def test_the_minutes_that_hold_a_corrected_meeting_raise_it_one_step(session_factory, settings, tmp_path):
    ingest(session_factory, settings, tmp_path, "mars.txt", MARCH)
    correct_venue(session_factory)
    assert april_meeting(session_factory) == ("planned", "Rättad lokal", 1)
    ingest(session_factory, settings, tmp_path, "april.txt", APRIL)
    assert april_meeting(session_factory) == ("held", "Rättad lokal", 2)


def test_a_refold_that_changes_nothing_of_a_corrected_meeting_leaves_its_sequence(session_factory, settings,
                                                                                  tmp_path):
    ingest(session_factory, settings, tmp_path, "mars.txt", MARCH)
    correct_venue(session_factory)
    ingest(session_factory, settings, tmp_path, "februari.txt", FEBRUARY)  # earlier minutes: the body is refolded
    assert april_meeting(session_factory) == ("planned", "Rättad lokal", 1)
    ingest(session_factory, settings, tmp_path, "april.txt", APRIL)
    assert april_meeting(session_factory) == ("held", "Rättad lokal", 2)
