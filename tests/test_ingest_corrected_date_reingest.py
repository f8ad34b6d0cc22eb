"""A corrected version of minutes whose meeting a secretary moved to another day replaces them.

The bug: after a secretary corrected the date of a held meeting (the minutes said 2020-03-06, it was
held on the 5th), ingesting a corrected version of the same minutes (through PATCH-then-POST in the
API, the upload page or `planner ingest`) was taken for minutes of another meeting: a second held
meeting on the 6th, status "new" instead of "updated", the first document never superseded, and
the secretary's corrections (the date, an item corrected to handled) lost on the new meeting.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from planner.corrections import correct
from planner.ingest import ingest_file
from planner.store import AgendaItem, CarryItem, Document, Meeting

NOW = dt.datetime(2020, 3, 10, 9, 0, tzinfo=dt.UTC)


def _corrected_version(seed_path: Path, folder: Path) -> Path:
    text = seed_path.read_text(encoding="utf-8")
    assert "Plats: Bolmen, regionhuset, Växjö" in text
    path = folder / "000_rattad_version.txt"
    path.write_text(text.replace("Plats: Bolmen, regionhuset, Växjö", "Plats: Bolmen, Regionhuset, Växjö"),
                    encoding="utf-8")
    return path


def test_corrected_version_of_minutes_with_a_corrected_date_updates_the_same_meeting(
        session_factory, settings, seed, tmp_path):
    assert ingest_file(session_factory, seed("000"), now=NOW, settings=settings).status == "new"
    with session_factory() as s, s.begin():
        doc = s.scalars(select(Document)).one()
        held = s.scalars(select(Meeting).where(Meeting.document_id == doc.id)).one()
        assert held.date == dt.date(2020, 3, 6)
        item = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == held.id, AgendaItem.number == "5")).one()
        assert item.status == "postponed"
        correct(s, held, {"date": "2020-03-05"}, user=None, document=doc, now=NOW)
        correct(s, item, {"status": "handled"}, user=None, document=doc, now=NOW)
        held_id, held_uid, first_doc = held.id, held.uid, doc.id

    later = NOW + dt.timedelta(days=1)
    result = ingest_file(session_factory, _corrected_version(seed("000"), tmp_path), now=later, settings=settings)
    assert result.status == "updated"

    with session_factory() as s:
        held_rows = s.scalars(select(Meeting).where(Meeting.status == "held")).all()
        assert [(m.id, m.uid, m.date) for m in held_rows] == [(held_id, held_uid, dt.date(2020, 3, 5))]
        assert held_rows[0].venue == "Bolmen, Regionhuset, Växjö" and held_rows[0].document_id == result.document_id
        assert s.get_one(Document, first_doc).superseded_by_id == result.document_id
        item = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == held_id, AgendaItem.number == "5")).one()
        assert item.status == "handled"
        titles = s.scalars(select(CarryItem.title).where(CarryItem.state == "open")).all()
        assert "Information om Yrkes-SM" not in titles and "Information om modellen Omställning Kronoberg" in titles


def test_other_minutes_on_the_day_a_meeting_was_moved_from_are_a_meeting_of_their_own(
        session_factory, settings, seed, tmp_path):
    """Only minutes whose meeting was read as of that day are a corrected version of them."""
    assert ingest_file(session_factory, seed("000"), now=NOW, settings=settings).status == "new"
    with session_factory() as s, s.begin():
        held = s.scalars(select(Meeting).where(Meeting.status == "held")).one()
        correct(s, held, {"date": "2020-03-05"}, user=None, document=None, now=NOW)
    text = seed("000").read_text(encoding="utf-8").replace("Datum: 2020-03-06", "Datum: 2020-03-13")
    assert "2020-03-13" in text
    other = tmp_path / "000_veckan_efter.txt"
    other.write_text(text, encoding="utf-8")
    assert ingest_file(session_factory, other, now=NOW, settings=settings).status == "new"
    with session_factory() as s:
        dates = sorted(m.date for m in s.scalars(select(Meeting).where(Meeting.status == "held")))
        assert dates == [dt.date(2020, 3, 5), dt.date(2020, 3, 13)]
