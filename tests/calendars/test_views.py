"""HTTP: feeds with validators (200/304), gzip, cache rebuilds, subscribe pages, Swedish 404s."""

from __future__ import annotations

import datetime as dt
import gzip
import re
from urllib.parse import parse_qs, unquote, urlsplit

import icalendar
from werkzeug.http import http_date, parse_date

from tests.calendars.conftest import NOW

FEED = "/kalender/organ/kommunalt-forum.ics"


def test_feed_200_with_headers(client, forum):
    response = client.get(FEED)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    etag = response.headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")  # strong
    assert response.headers["Vary"] == "Accept-Encoding"
    assert "Content-Encoding" not in response.headers
    # Last-Modified: the start of today in Stockholm (the feed moves with the day), later than any row change.
    assert parse_date(response.headers["Last-Modified"]) == dt.datetime(2020, 3, 9, 23, 0, tzinfo=dt.UTC)
    cal = icalendar.Calendar.from_ical(response.data)
    assert cal["X-WR-CALNAME"] == "Kommunalt forum"
    assert len(cal.walk("VEVENT")) == 4
    assert response.data.startswith(b"BEGIN:VCALENDAR\r\n")


def test_other_scopes(client, forum):
    assert client.get("/kalender/alla.ics").status_code == 200
    assert client.get("/kalender/organisation/lessebo-kommun.ics").status_code == 200
    bare_body = client.get("/kalender/kommunalt-forum.ics")
    assert bare_body.data == client.get(FEED).data
    bare_org = client.get("/kalender/region-kronoberg.ics")
    assert bare_org.data == client.get("/kalender/organisation/region-kronoberg.ics").data
    assert icalendar.Calendar.from_ical(bare_org.data)["X-WR-CALNAME"] == "Region Kronoberg"


def test_304_on_validators(client, forum):
    first = client.get(FEED)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    again = client.get(FEED, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == etag
    assert client.get(FEED, headers={"If-None-Match": '"other", ' + etag}).status_code == 304
    assert client.get(FEED, headers={"If-None-Match": '"other"'}).status_code == 200
    assert client.get(FEED, headers={"If-Modified-Since": modified}).status_code == 304
    earlier = http_date(parse_date(modified) - dt.timedelta(seconds=1))
    assert client.get(FEED, headers={"If-Modified-Since": earlier}).status_code == 200
    # If-None-Match wins over If-Modified-Since.
    assert client.get(FEED, headers={"If-None-Match": '"other"', "If-Modified-Since": modified}).status_code == 200


def test_gzip_when_asked(client, forum):
    plain = client.get(FEED)
    zipped = client.get(FEED, headers={"Accept-Encoding": "gzip, deflate"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.data) == plain.data
    assert zipped.headers["ETag"] != plain.headers["ETag"]  # another representation, another strong ETag
    assert client.get(FEED, headers={"Accept-Encoding": "gzip", "If-None-Match": zipped.headers["ETag"]}
                      ).status_code == 304
    assert client.get(FEED, headers={"Accept-Encoding": "gzip;q=0"}).headers.get("Content-Encoding") is None


def test_rebuilt_only_when_data_changes(app, client, session, forum):
    cache = app.extensions
    first = client.get(FEED)
    builds = cache["calendars.cache"].builds
    assert client.get(FEED).headers["ETag"] == first.headers["ETag"]
    assert cache["calendars.cache"].builds == builds  # served from the cache
    workshop = forum["workshop"]
    workshop.date = dt.date(2020, 5, 9)
    workshop.sequence += 1
    workshop.updated_at = NOW
    session.commit()
    moved = client.get(FEED, headers={"If-None-Match": first.headers["ETag"]})
    assert moved.status_code == 200
    assert cache["calendars.cache"].builds == builds + 1
    assert moved.headers["ETag"] != first.headers["ETag"]
    assert parse_date(moved.headers["Last-Modified"]) == NOW
    event = next(e for e in icalendar.Calendar.from_ical(moved.data).walk("VEVENT")
                 if str(e["UID"]).startswith(workshop.uid))
    assert event.start.date() == dt.date(2020, 5, 9) and event["SEQUENCE"] == 2


def test_window_by_query(client, forum):
    response = client.get(FEED + "?fran=2020-05-01")
    assert response.status_code == 200
    assert len(icalendar.Calendar.from_ical(response.data).walk("VEVENT")) == 2
    bad = client.get(FEED + "?fran=igår")
    assert bad.status_code == 400
    assert bad.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert "ÅÅÅÅ-MM-DD" in bad.get_data(as_text=True)


def test_unknown_scope_404_in_swedish(client, forum):
    for path in ("/kalender/finns-inte.ics", "/kalender/organ/finns-inte.ics",
                 "/kalender/organisation/finns-inte.ics"):
        response = client.get(path)
        assert response.status_code == 404
        text = response.get_data(as_text=True)
        assert "Det finns ingen kalender som heter" in text and "Traceback" not in text
        assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    page = client.get("/kalender/organ/finns-inte")
    assert page.status_code == 404
    assert "Kalendern finns inte" in page.get_data(as_text=True)


def test_subscribe_page(client, forum):
    response = client.get("/kalender/organ/kommunalt-forum")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    https = "https://planner.example.se/kalender/organ/kommunalt-forum.ics"
    # The https address comes first, then the webcal, Google and Outlook links.
    assert html.index(https) < html.index("webcal://") < html.index("calendar.google.com") \
        < html.index("outlook.live.com")
    assert 'href="webcal://planner.example.se/kalender/organ/kommunalt-forum.ics"' in html
    google = html.split('id="link-google" href="')[1].split('"')[0].replace("&amp;", "&")
    assert unquote(parse_qs(urlsplit(google).query)["cid"][0]) == \
        "webcal://planner.example.se/kalender/organ/kommunalt-forum.ics"
    outlook = html.split('id="link-outlook" href="')[1].split('"')[0].replace("&amp;", "&")
    query = parse_qs(urlsplit(outlook).query)
    assert query["url"] == [https] and query["name"] == ["Kommunalt forum"]
    for client_name in ("Google Kalender", "Outlook på webben", "Apple Kalender", "Thunderbird"):
        assert client_name in html
    assert "12:e timme" in html and "var tredje timme" in html


def test_index_lists_every_scope(client, forum):
    html = client.get("/kalender/").get_data(as_text=True)
    for href in ("/kalender/alla", "/kalender/organ/kommunalt-forum", "/kalender/organisation/lessebo-kommun",
                 "https://planner.example.se/kalender/organisation/region-kronoberg.ics"):
        assert href in html


def test_calendar_pages_wear_the_site_layout(client, forum):
    # The index, a subscribe page and the not-found page have the site's menu and style sheet,
    # and the menu leads to the calendars from every page of the site.
    for path, status in (("/kalender/", 200), ("/kalender/alla", 200), ("/kalender/organ/finns-inte", 404), ("/", 200)):
        response = client.get(path)
        assert response.status_code == status, path
        html = response.get_data(as_text=True)
        assert 'aria-label="Huvudmeny"' in html and "site.css" in html, path
        assert re.search(r'<a href="/kalender/?"( aria-current="page")?>Kalendrar</a>', html), path
        assert "– Forumplaneraren</title>" in html, path


def test_store_is_asked_at_most_every_recheck_interval(app, client, session, forum):
    from calendars.service import FeedCache

    cache = FeedCache()
    app.extensions["calendars.cache"] = cache
    app.config["CALENDARS_RECHECK_SECONDS"] = 3600
    first = client.get(FEED)
    forum["tentative"].tentative = False
    forum["tentative"].updated_at = NOW
    session.commit()
    # Within the interval the feed stays as it was (no query, no rebuild) ...
    assert client.get(FEED).headers["ETag"] == first.headers["ETag"]
    assert cache.builds == 1
    # ... and the change shows once the store is asked again.
    app.config["CALENDARS_RECHECK_SECONDS"] = 0
    changed = client.get(FEED)
    assert changed.headers["ETag"] != first.headers["ETag"] and cache.builds == 2
    assert b"STATUS:TENTATIVE" not in changed.data


def test_head_and_star(client, forum):
    head = client.head(FEED)
    assert head.status_code == 200 and head.data == b""
    assert head.headers["ETag"] == client.get(FEED).headers["ETag"]
    assert int(head.headers["Content-Length"]) == len(client.get(FEED).data)
    assert client.get(FEED, headers={"If-None-Match": "*"}).status_code == 304
