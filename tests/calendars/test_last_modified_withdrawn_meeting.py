"""Last-Modified moves on when a withdrawal removes a meeting, so If-Modified-Since never keeps it.

The Presidiekonferens minutes of 2 October 2020 announce nothing; withdrawn, their held meeting is
deleted (no other minutes speak of it) and no remaining row changes. Last-Modified was the latest
change of the scope's remaining rows: the body's feed went back to the start of the day and the
"alla" feed kept the stamp of other minutes ingested earlier, so a client asking with
If-Modified-Since got 304 and kept the withdrawn meeting (clients with ETags saw the change).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from werkzeug.http import http_date, parse_date

from planner.ingest import ingest_file, withdraw_document
from planner.store import Meeting
from tests.calendars.conftest import NOW

BODY_FEED = "/kalender/organ/presidiekonferens-lans-gemensam-ledning.ics"
ALL_FEED = "/kalender/alla.ics"


def test_withdrawn_meeting_makes_the_feeds_newer(client, session_factory, settings, seed):
    for name, hours in (("000", 3), ("002", 2)):
        result = ingest_file(session_factory, seed(name), now=NOW - dt.timedelta(hours=hours), settings=settings)
        assert result.status == "new", result.message
    with session_factory() as s:
        uid = s.scalars(select(Meeting.uid).where(Meeting.document_id == result.document_id)).one().encode()
    feeds = {url: client.get(url) for url in (BODY_FEED, ALL_FEED)}
    for first in feeds.values():
        assert uid in first.data
        assert parse_date(first.headers["Last-Modified"]) == NOW - dt.timedelta(hours=2)
    withdrawn_at = NOW - dt.timedelta(hours=1)
    with session_factory() as s, s.begin():
        assert withdraw_document(s, result.document_id, now=withdrawn_at, settings=settings).meeting == "removed"
    for url, first in feeds.items():
        later = client.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]})
        assert later.status_code == 200, url
        assert uid not in later.data
        assert parse_date(later.headers["Last-Modified"]) == withdrawn_at
        again = client.get(url, headers={"If-Modified-Since": http_date(withdrawn_at)})
        assert again.status_code == 304
