"""Minutes uploaded just after midnight were dated the day before ("Inläst 1 mars" on 2 March).

The secretary's list of documents and the public minutes page showed the UTC day of `ingested_at`; between
midnight and 01.00 (02.00 in summer) Swedish time that is yesterday.
"""

from __future__ import annotations

import datetime as dt

from planner.store import Document

from .conftest import login


def test_upload_after_midnight_has_the_swedish_day(client, world, db):
    doc = db.get(Document, world.document_id)
    doc.ingested_at = dt.datetime(2020, 3, 1, 23, 30, tzinfo=dt.UTC)  # 00.30 on 2 March in Stockholm
    db.commit()
    assert "Inläst 2 mars 2020." in client.get(f"/dokument/{world.document_id}").get_data(as_text=True)
    login(client)
    page = client.get("/sekreterare/").get_data(as_text=True)
    assert '<span class="muted">2 mars 2020</span>' in page and "1 mars 2020" not in page


def test_next_meeting_after_midnight_is_not_yesterdays(app, client, world):
    """Just after midnight the secretary's start page still offered yesterday's meeting as the next one (its
    day was the UTC day)."""
    app.config["PLANNER_NOW"] = lambda: dt.datetime(2020, 3, 6, 23, 30, tzinfo=dt.UTC)  # 7 March, 00.30 in Sweden
    login(client)
    page = client.get("/sekreterare/").get_data(as_text=True)
    assert f"/sekreterare/dagordning/{world.next_id}" not in page  # the meeting of 6 March
    assert "Kommunalt forum: <span class=\"muted\">inget planerat möte</span>" in page
