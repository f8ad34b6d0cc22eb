"""An agenda item's corrected title or status reaches the carried item's `updated_at` and the feed.

The bug: correcting an item through PATCH /api/v1/items/<id> (or the review page, the same code)
changed the carried item it raised, title or reason, without touching its `updated_at`. Feeds are
cached by the store's version (row counts and latest `updated_at`), so the next meeting's draft
agenda in the feed kept the old title and provenance, under the same ETag (a subscriber asking
If-None-Match got 304), and an API client syncing by `updated_at` never saw the change.
"""

from __future__ import annotations

import datetime as dt

from tests.api.conftest import NOW, bearer, draft_agenda


def _feed(client, etag: str | None = None):
    headers = {"If-None-Match": etag} if etag else {}
    return client.get("/kalender/organ/kommunalt-forum.ics", headers=headers)


def test_corrected_item_title_and_status_reach_the_feed_and_the_carried_item(app, client, rows, tokens):
    app.config["CALENDARS_RECHECK_SECONDS"] = 0  # the feed asks the store for its version on every request
    first = _feed(client)
    assert "Bordlades 2020-03-06, punkt 5" in draft_agenda(first)

    later = NOW + dt.timedelta(minutes=5)
    app.config["PLANNER_NOW"] = lambda: later
    response = client.patch(f"/api/v1/items/{rows.item}", json={"title": "Information om Yrkes-SM"},
                            headers=bearer(tokens.admin))
    assert response.status_code == 200
    carried = client.get(f"/api/v1/carried/{rows.carry}").get_json()
    assert carried["title"] == "Information om Yrkes-SM"
    assert dt.datetime.fromisoformat(carried["updated_at"]) == later
    second = _feed(client, first.headers["ETag"])
    assert "1. Information om Yrkes-SM (Bordlades 2020-03-06, punkt 5)" in draft_agenda(second)

    latest = later + dt.timedelta(minutes=5)
    app.config["PLANNER_NOW"] = lambda: latest
    response = client.patch(f"/api/v1/items/{rows.item}", json={"status": "returns"}, headers=bearer(tokens.admin))
    assert response.status_code == 200
    assert dt.datetime.fromisoformat(client.get(f"/api/v1/carried/{rows.carry}").get_json()["updated_at"]) == latest
    third = _feed(client, second.headers["ETag"])
    assert "1. Information om Yrkes-SM (Återkommer enligt beslut 2020-03-06, punkt 5)" in draft_agenda(third)


def test_reapplying_the_same_corrections_leaves_updated_at_alone(app, client, rows, tokens, db):
    """Every ingest re-applies the corrections; one that changes nothing must not look like a change."""
    from planner import corrections
    from planner.store import CarryItem, Document

    response = client.patch(f"/api/v1/items/{rows.item}", json={"title": "Information om Yrkes-SM",
                                                                 "status": "returns"},
                            headers=bearer(tokens.admin))
    assert response.status_code == 200
    db.expire_all()  # the rows as the request left them (the sessions keep loaded rows across commits)
    corrections.apply_corrections(db, db.get_one(Document, rows.document), now=NOW + dt.timedelta(days=1))
    db.commit()
    carry = db.get_one(CarryItem, rows.carry)
    assert (carry.title, carry.reason) == ("Information om Yrkes-SM", "returns")
    stamp = carry.updated_at if carry.updated_at.tzinfo else carry.updated_at.replace(tzinfo=dt.UTC)
    assert stamp == NOW
