"""A secretary's new date for a planned meeting or event holds when the body's minutes are refolded.

The November minutes announced the next meeting on 8 December and a deadline on 1 February; a
secretary moved them to 15 December and 3 February. Then a corrected version of later minutes (or
minutes older than the latest) came in and the body was refolded: the refold matches stored rows by
the dates the minutes gave them, the corrected rows had other dates, so each was cancelled and a new
one made on the minutes' date. Subscribers saw the corrected meeting cancelled and a new one, under
another UID, on the day the secretary had corrected away. The rows keep their UIDs and corrected dates.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.corrections import apply_corrections, correct
from planner.ingest import ingest_file
from planner.store import Document, Event, Meeting
from tests.carry_minutes import minutes, write_minutes

NOW = dt.datetime(2026, 11, 12, 8, 0, tzinfo=dt.UTC)
ITEMS = [("Remiss", "Yttrande över remissen ska lämnas senast 2027-02-01.")]
NOVEMBER = minutes("2026-11-10", ITEMS, "2026-12-08")
OCTOBER = minutes("2026-10-13", [("Trädgårdsdag", "Styrelsen beslutade att hålla trädgårdsdag.")], "2026-11-10")


def ingest(session_factory, tmp_path, name: str, text: str, status: str = "new") -> None:  # type: ignore[no-untyped-def]
    result = ingest_file(session_factory, write_minutes(tmp_path, name, text), now=NOW)
    assert result.status == status, result.message
    with session_factory() as s, s.begin():  # as the upload page and `planner ingest` do
        doc = s.get_one(Document, result.document_id)
        apply_corrections(s, doc, now=NOW)


def rows(session_factory) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    with session_factory() as s:
        found = [("meeting", str(m.date), m.status, m.uid) for m in s.scalars(select(Meeting)) if m.status == "planned"
                 or m.uid in KEPT]
        found += [(e.kind, str(e.date), e.status, e.uid) for e in s.scalars(select(Event))]
        return sorted(found)


KEPT: set[str] = set()


def correct_dates(session_factory) -> None:  # type: ignore[no-untyped-def]
    with session_factory() as s, s.begin():
        meeting = s.scalars(select(Meeting).where(Meeting.date == dt.date(2026, 12, 8))).one()
        event = s.scalars(select(Event).where(Event.kind == "deadline")).one()
        doc = s.get(Document, meeting.source_document_id)
        correct(s, meeting, {"date": "2026-12-15"}, user=None, document=doc, now=NOW)
        correct(s, event, {"date": "2027-02-03"}, user=None, document=doc, now=NOW)
        KEPT.clear()
        KEPT.update({meeting.uid, event.uid})


def test_corrected_dates_hold_after_earlier_minutes(session_factory, tmp_path):
    ingest(session_factory, tmp_path, "nov.txt", NOVEMBER)
    correct_dates(session_factory)
    corrected = rows(session_factory)
    assert [(kind, day, status) for kind, day, status, _ in corrected] == [
        ("deadline", "2027-02-03", "planned"), ("meeting", "2026-12-15", "planned")]
    ingest(session_factory, tmp_path, "okt.txt", OCTOBER)  # older minutes: the body is refolded
    assert rows(session_factory) == corrected


def test_corrected_dates_hold_after_a_corrected_version_of_the_minutes(session_factory, tmp_path):
    ingest(session_factory, tmp_path, "nov.txt", NOVEMBER)
    correct_dates(session_factory)
    corrected = rows(session_factory)
    ingest(session_factory, tmp_path, "nov-rev.txt", NOVEMBER.replace("Tid: 18.00-20.00", "Tid: 18.00-20.30"),
           status="updated")
    assert rows(session_factory) == corrected
