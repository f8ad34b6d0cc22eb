"""Last-Modified moves on when an event leaves a feed, so If-Modified-Since never keeps a stale copy.

Last-Modified was the latest change of the rows the feed shows. A secretary unpublished an event
(it left the feed, its row changed now): the rows still shown had not changed, so Last-Modified
stayed where it was and a client asking with If-Modified-Since got 304 and kept the event. Rows of
the scope that left the feed count too.
"""

from __future__ import annotations

import datetime as dt

from werkzeug.http import parse_date

from tests.calendars.conftest import NOW

FEED = "/kalender/organ/kommunalt-forum.ics"


def test_unpublished_event_makes_the_feed_newer(client, session, forum):
    forum["workshop"].updated_at = NOW
    session.commit()
    first = client.get(FEED)
    assert parse_date(first.headers["Last-Modified"]) == NOW
    deadline = forum["deadline"]
    deadline.published = False  # as a secretary's correction does: the row changes, the feed loses it
    deadline.updated_at = NOW + dt.timedelta(minutes=5)
    session.commit()
    later = client.get(FEED, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert later.status_code == 200
    assert later.headers["ETag"] != first.headers["ETag"]
    assert parse_date(later.headers["Last-Modified"]) == NOW + dt.timedelta(minutes=5)


def test_other_bodies_rows_leave_it_alone(client, session, forum):
    """A row of another body leaving its feed is no change of this one."""
    forum["workshop"].updated_at = NOW
    session.commit()
    first = client.get(FEED)
    hidden = forum["hidden"]  # a meeting of the Ledningsgrupp
    hidden.updated_at = NOW + dt.timedelta(minutes=5)
    session.commit()
    again = client.get(FEED, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert again.status_code == 304
