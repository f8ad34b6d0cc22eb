"""`planner ingest` from the command line keeps secretaries' corrections, like the web upload does."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.corrections import correct
from planner.ingest import ingest_file
from planner.store import Document, Meeting

NOW = dt.datetime(2020, 3, 10, 9, 0, tzinfo=dt.UTC)


def test_cli_ingest_of_earlier_minutes_keeps_a_corrected_venue(session_factory, settings, seed):
    assert ingest_file(session_factory, seed("000"), now=NOW, settings=settings).status == "new"
    with session_factory() as s, s.begin():
        doc = s.scalars(select(Document).where(Document.filename.endswith(seed("000").name))).one()
        held = s.scalars(select(Meeting).where(Meeting.document_id == doc.id)).one()
        correct(s, held, {"venue": "Rättad lokal, Växjö"}, user=None, document=doc, now=NOW)
        held_id = held.id
    # Earlier minutes of the same body: the body is refolded from its minutes in date order.
    assert ingest_file(session_factory, seed("001"), now=NOW, settings=settings).status == "new"
    with session_factory() as s:
        assert s.get_one(Meeting, held_id).venue == "Rättad lokal, Växjö"
