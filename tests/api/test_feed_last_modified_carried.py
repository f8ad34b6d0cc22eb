"""A carried item handled or dropped moves the feed's Last-Modified on: If-Modified-Since gets the change.

The bug: the next meeting's DESCRIPTION lists the body's open carried items (the draft agenda), but
Last-Modified was the latest change of the feed's meetings and events only. A secretary marked a
carried item handled (PATCH /api/v1/carried/<id>): the feed was rebuilt without it (new ETag), yet
Last-Modified stayed, and a client that revalidates with If-Modified-Since alone got 304 and kept
the agenda that still listed the item.
"""

from __future__ import annotations

import datetime as dt

import icalendar
from werkzeug.http import parse_date

from tests.api.conftest import NOW, bearer

FEED = "/kalender/organ/kommunalt-forum.ics"


def _descriptions(response) -> str:
    calendar = icalendar.Calendar.from_ical(response.data)
    return "\n".join(str(e.get("DESCRIPTION", "")) for e in calendar.walk("VEVENT"))


def test_handled_carried_item_is_no_304_to_if_modified_since(app, client, rows, tokens):
    app.config["CALENDARS_RECHECK_SECONDS"] = 0
    first = client.get(FEED)
    assert first.status_code == 200
    assert "Bordlades 2020-03-06, punkt 5" in _descriptions(first)

    later = NOW + dt.timedelta(minutes=5)
    app.config["PLANNER_NOW"] = lambda: later
    response = client.patch(f"/api/v1/carried/{rows.carry}", json={"state": "closed"}, headers=bearer(tokens.admin))
    assert response.status_code == 200

    second = client.get(FEED, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert second.status_code == 200
    assert "Bordlades 2020-03-06, punkt 5" not in _descriptions(second)
    assert parse_date(second.headers["Last-Modified"]) == later
    assert client.get(FEED, headers={"If-Modified-Since": second.headers["Last-Modified"]}).status_code == 304


def test_another_bodys_carried_item_leaves_the_feed_alone(app, client, rows, tokens, db):
    """A carried item of another body is no change of this body's feed."""
    from planner.store import CarryItem

    app.config["CALENDARS_RECHECK_SECONDS"] = 0
    first = client.get(FEED)
    db.add(CarryItem(body_id=rows.other_body, title="Budget", reason="postponed",
                     updated_at=NOW + dt.timedelta(minutes=5)))
    db.commit()
    again = client.get(FEED, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert again.status_code == 304
