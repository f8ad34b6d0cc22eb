"""`DELETE /api/v1/documents/<id>` withdraws minutes: 204, and the feed cancels what only they announced."""

from __future__ import annotations

import datetime as dt

import icalendar
from sqlalchemy import select

from planner.ingest import ingest_file
from planner.store import Document, Meeting
from tests.api.conftest import NOW, bearer
from tests.carry_minutes import APRIL, MARCH, write_minutes


def test_delete_document_withdraws_the_minutes(app, client, db, tokens, tmp_path):
    factory = app.extensions["planner.sessionmaker"]
    for name, text in (("mars.txt", MARCH), ("april.txt", APRIL)):
        assert ingest_file(factory, write_minutes(tmp_path, name, text), now=NOW).status == "new"
    april = db.scalars(select(Document.id).where(Document.filename == "april.txt")).one()
    may_uid = db.scalars(select(Meeting.uid).where(Meeting.date == dt.date(2024, 5, 14))).one()
    db.rollback()

    # A secretary of another body may not; no token is 401; an unknown id is a problem object.
    refused = client.delete(f"/api/v1/documents/{april}", headers=bearer(tokens.secretary))
    assert refused.status_code == 403 and refused.mimetype == "application/problem+json"
    assert client.delete(f"/api/v1/documents/{april}").status_code == 401
    missing = client.delete("/api/v1/documents/999999", headers=bearer(tokens.admin))
    assert missing.status_code == 404 and missing.get_json()["status"] == 404

    response = client.delete(f"/api/v1/documents/{april}", headers=bearer(tokens.admin))
    assert response.status_code == 204, response.get_data(as_text=True)
    assert client.get(f"/api/v1/documents/{april}").status_code == 404
    feed = client.get("/kalender/organ/foreningen-ekbacken-styrelsen.ics?fran=2024-01-01")
    assert feed.status_code == 200, feed.get_data(as_text=True)
    events = {str(e["UID"]).split("@")[0]: e for e in icalendar.Calendar.from_ical(feed.data).walk("VEVENT")}
    assert str(events[may_uid]["STATUS"]) == "CANCELLED"
    spec = client.get("/api/v1/openapi.json").get_json()
    assert "204" in spec["paths"]["/api/v1/documents/{document_id}"]["delete"]["responses"]
