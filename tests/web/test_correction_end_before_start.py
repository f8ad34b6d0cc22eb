"""A correction that makes a meeting end before it starts is refused in Swedish.

The bug: "Börjar 16:00, Slutar 15:00" (a slip in the review form) was stored; the meeting page and
the agenda's export then said "kl. 16.00–15.00", and the feed dropped the end. A span past midnight
("kl. 23.00–01.00", which the feeds read as ending the next day) is still taken.
"""

from __future__ import annotations

import datetime as dt

from planner.store import Meeting

from .conftest import csrf_token, login


def post(client, world, start: str, end: str):
    review = f"/sekreterare/dokument/{world.document_id}"
    token = csrf_token(client, review)
    return client.post(f"/sekreterare/ratta/meeting/{world.next_id}", follow_redirects=True, data={
        "csrf_token": token, "tillbaka": review, "date": "2020-03-06", "start": start, "end": end,
        "venue": "Videum", "online": "", "status": "planned"})


def test_end_before_start_is_refused(client, world, db):
    login(client)
    page = post(client, world, "16:00", "15:00").get_data(as_text=True)
    assert "Sluttiden 15:00 är före starttiden 16:00." in page
    db.expire_all()
    m = db.get_one(Meeting, world.next_id)
    assert (m.start, m.end) == (dt.time(9), dt.time(12))


def test_a_span_past_midnight_is_taken(client, world, db):
    login(client)
    post(client, world, "23:00", "01:00")
    db.expire_all()
    m = db.get_one(Meeting, world.next_id)
    assert (m.start, m.end) == (dt.time(23), dt.time(1))
