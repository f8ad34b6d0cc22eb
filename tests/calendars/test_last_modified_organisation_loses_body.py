"""An organisation's feed moves Last-Modified on when a body leaves it, so If-Modified-Since never keeps it.

An organisation's feed holds its own bodies and the bodies its people attend. Alvesta owns no body:
its people attend Kommunalt forum (000) and the Ledningsgrupp (003, 004). Withdrawn, the two
Ledningsgrupp minutes take its attendance with them, the Ledningsgrupp leaves Alvesta's feed and no
row left in that feed changes: Last-Modified stayed at the Kommunalt forum's latest change, and a
client asking with If-Modified-Since got 304 and kept the Ledningsgrupp's meetings.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from werkzeug.http import http_date, parse_date

from calendars.scopes import involved_body_ids
from planner.ingest import ingest_file, withdraw_document
from planner.store import Body, Organisation
from tests.calendars.conftest import NOW

FEED = "/kalender/organisation/alvesta.ics"
LEDNINGSGRUPP = "ledningsgrupp-for-samordning-av-lanets-halso-och-sjukvard-och-socialtjanst"


def _alvesta_bodies(session_factory) -> set[str]:
    with session_factory() as s:
        org = s.scalars(select(Organisation).where(Organisation.slug == "alvesta")).one()
        return set(s.scalars(select(Body.slug).where(Body.id.in_(involved_body_ids(s, org.id)))))


def test_body_leaving_an_organisation_makes_its_feed_newer(client, session_factory, settings, seed):
    documents = {}
    for hours, name in ((10, "000"), (9, "003"), (8, "004")):
        result = ingest_file(session_factory, seed(name), now=NOW - dt.timedelta(hours=hours), settings=settings)
        assert result.status == "new", result.message
        documents[name] = result.document_id
    assert _alvesta_bodies(session_factory) == {"kommunalt-forum", LEDNINGSGRUPP}
    first = client.get(FEED)
    assert b"Ledningsgrupp" in first.data
    assert parse_date(first.headers["Last-Modified"]) == NOW - dt.timedelta(hours=8)

    withdrawn_at = NOW - dt.timedelta(hours=1)
    for name in ("004", "003"):
        with session_factory() as s, s.begin():
            withdraw_document(s, documents[name], now=withdrawn_at, settings=settings)
    assert _alvesta_bodies(session_factory) == {"kommunalt-forum"}

    later = client.get(FEED, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert later.status_code == 200
    assert b"Ledningsgrupp" not in later.data
    assert parse_date(later.headers["Last-Modified"]) == withdrawn_at
    again = client.get(FEED, headers={"If-Modified-Since": http_date(withdrawn_at)})
    assert again.status_code == 304


def test_body_feed_ignores_other_bodies_withdrawals(client, session_factory, settings, seed):
    """A body's own feed still moves only with its own rows."""
    documents = {}
    for hours, name in ((10, "000"), (9, "003")):
        documents[name] = ingest_file(session_factory, seed(name), now=NOW - dt.timedelta(hours=hours),
                                      settings=settings).document_id
    first = client.get("/kalender/organ/kommunalt-forum.ics")
    with session_factory() as s, s.begin():
        withdraw_document(s, documents["003"], now=NOW - dt.timedelta(hours=1), settings=settings)
    again = client.get("/kalender/organ/kommunalt-forum.ics",
                       headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert again.status_code == 304
