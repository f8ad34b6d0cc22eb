"""Items whose titles a copy lost ("•   2" bullets on a meeting portal) are written with a null title in
the extraction JSON (as SCHEMA.md has it). The store keeps each document's extraction as that JSON
and reads it back to refold the body when older minutes arrive: a null title must come back as an
untitled item, not stop the ingest."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from planner.extraction_json import extraction_from_json
from planner.ingest import ingest_file
from planner.store import AgendaItem, Document, Meeting

NOW = dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.UTC)
PORTAL = """Protokoll Regionala utvecklingsnämnden 2024-05-14

Tid: 09.00-12.00
Plats: Regionens hus

  •   1

  •   2

  •   3

  •   4
"""
EARLIER = """Protokoll Regionala utvecklingsnämnden 2024-04-09

Tid: 09.00-12.00
Plats: Regionens hus

§ 1 Mötets öppnande
§ 2 Budget
Nämnden beslutade att anta budgeten.
"""


def test_minutes_with_untitled_items_refold(session_factory, tmp_path):
    (tmp_path / "maj.txt").write_text(PORTAL, encoding="utf-8")
    (tmp_path / "april.txt").write_text(EARLIER, encoding="utf-8")
    assert ingest_file(session_factory, tmp_path / "maj.txt", now=NOW).status == "new"
    with session_factory() as s:
        stored = json.loads(s.scalars(select(Document.extraction_json)).one())
        assert [(i["number"], i["title"]) for i in stored["items"]] == [("1", None), ("2", None), ("3", None),
                                                                       ("4", None)]
        assert [i.title for i in extraction_from_json(stored).items] == ["", "", "", ""]
    result = ingest_file(session_factory, tmp_path / "april.txt", now=NOW)  # older: the body is refolded
    assert result.status == "new", result.message
    with session_factory() as s:
        may = s.scalars(select(Meeting).where(Meeting.date == dt.date(2024, 5, 14))).one()
        items = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == may.id).order_by(AgendaItem.position))
        assert [(i.number, i.title) for i in items] == [("1", ""), ("2", ""), ("3", ""), ("4", "")]
