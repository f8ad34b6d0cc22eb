"""A corrected title of a standing item reaches the next meeting's draft agenda in the feed.

The bug: the draft agenda in the next meeting's DESCRIPTION repeats the last meeting's opening and
closing items. A secretary corrected the title of one of them (PATCH /api/v1/items/<id>): no row
with an `updated_at` changed (an item has none, and it raised no carried item), so the feed cache
kept the feed it had, under the same ETag and Last-Modified, until some other change or the next
day: subscribers and `planner agenda` disagreed, and If-None-Match was answered 304.
"""

from __future__ import annotations

import datetime as dt

from werkzeug.http import parse_date

from tests.api.conftest import NOW, bearer, draft_agenda

FEED = "/kalender/organ/kommunalt-forum.ics"


def test_corrected_standing_item_title_reaches_the_feed(app, client, rows, tokens, db):
    from planner.store import AgendaItem

    closing = AgendaItem(meeting_id=rows.held, position=2, number="6", title="Mötets avslutande", status="handled")
    db.add(closing)
    db.commit()
    app.config["CALENDARS_RECHECK_SECONDS"] = 0
    first = client.get(FEED)
    assert "Mötets avslutande" in draft_agenda(first)

    later = NOW + dt.timedelta(minutes=5)
    app.config["PLANNER_NOW"] = lambda: later
    response = client.patch(f"/api/v1/items/{closing.id}", json={"title": "Mötets avslutande och utvärdering"},
                            headers=bearer(tokens.admin))
    assert response.status_code == 200

    by_etag = client.get(FEED, headers={"If-None-Match": first.headers["ETag"]})
    assert "Mötets avslutande och utvärdering" in draft_agenda(by_etag)
    by_date = client.get(FEED, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert by_date.status_code == 200
    assert parse_date(by_date.headers["Last-Modified"]) == later
