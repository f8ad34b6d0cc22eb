"""Minutes that wait for review stayed public through their carried items and the document page.

With `auto_publish = "none"` (or a low-confidence extraction) a held meeting waits for a secretary
and its page is a 404, yet the body page listed the items postponed at it, `/punkt/<id>` showed
their history with the unpublished meeting's date, and `/dokument/<id>` showed the whole minutes.
"""

from __future__ import annotations

from sqlalchemy import select

from planner.store import Event, Meeting


def _unpublish_all(db) -> None:
    for row in [*db.scalars(select(Meeting)), *db.scalars(select(Event))]:
        row.published = False
    db.commit()


def test_minutes_under_review_are_not_public(client, db, world):
    assert client.get(f"/punkt/{world.carry_id}").status_code == 200
    assert client.get(f"/dokument/{world.document_id}").status_code == 200
    _unpublish_all(db)

    assert client.get(f"/mote/{world.held_id}").status_code == 404
    body_page = client.get(f"/organ/{world.body_slug}").get_data(as_text=True)
    assert "Information om Yrkes-SM" not in body_page and "Inga öppna punkter" in body_page
    assert client.get(f"/punkt/{world.carry_id}").status_code == 404
    page = client.get(f"/dokument/{world.document_id}")
    assert page.status_code == 404 and "Yrkes-SM" not in page.get_data(as_text=True)


def test_minutes_announcing_a_published_meeting_stay_readable(client, db, world):
    db.get(Meeting, world.held_id).published = False
    db.commit()
    # The coming meeting is published and was announced in these minutes: its source can be read.
    assert client.get(f"/dokument/{world.document_id}").status_code == 200
    # The item was postponed at the meeting under review: not shown.
    assert client.get(f"/punkt/{world.carry_id}").status_code == 404
