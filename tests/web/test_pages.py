"""Public pages: start, body, meeting, month view, carried item timeline, minutes passage; pure helpers."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from planner.store import Meeting
from planner.views import (
    Segment,
    feed_links,
    format_local,
    format_when,
    highlight_segments,
    month_grid,
    passage,
    shift_month,
)


def test_highlight_segments_splits_text_around_spans():
    text = "abc <b>def</b> ghi"
    segs = highlight_segments(text, [(4, 14, "fakta", "f1"), (6, 9, "overlap", None), (100, 120, "ute", None)])
    assert segs == [Segment("abc "), Segment("<b>def</b>", "fakta", "f1"), Segment(" ghi")]
    assert "".join(s.text for s in segs) == text


def test_passage_keeps_whole_lines_around_the_span():
    text = "rad ett\nrad två med fakta\nrad tre\n" + "x\n" * 500
    segs, cut_before, cut_after = passage(text, 12, 17, context=5)
    assert [s.mark for s in segs] == [None, "källa", None]
    assert segs[0].text.startswith("rad ett")
    assert not cut_before and cut_after


@pytest.mark.parametrize(("year", "month", "first", "last"), [
    (2020, 3, dt.date(2020, 2, 24), dt.date(2020, 4, 5)),
    (2021, 2, dt.date(2021, 2, 1), dt.date(2021, 2, 28)),
])
def test_month_grid_covers_the_month_monday_first(year, month, first, last):
    weeks = month_grid(year, month)
    assert weeks[0][0] == first and weeks[-1][-1] == last
    assert all(len(w) == 7 and w[0].weekday() == 0 for w in weeks)


def test_shift_month_crosses_years():
    assert shift_month(2020, 1, -1) == (2019, 12)
    assert shift_month(2020, 12, 1) == (2021, 1)


def test_feed_links_point_at_the_same_feed():
    links = feed_links("https://planner.example.se", "kommunalt-forum", "Kommunalt forum")
    assert links["https"] == "https://planner.example.se/kalender/kommunalt-forum.ics"
    assert links["webcal"] == "webcal://planner.example.se/kalender/kommunalt-forum.ics"
    assert "cid=webcal%3A%2F%2Fplanner.example.se" in links["google"]
    assert "url=https%3A%2F%2Fplanner.example.se%2Fkalender%2Fkommunalt-forum.ics" in links["outlook"]


def test_month_only_date_is_never_given_a_day():
    m = Meeting(month="2020-06", date=None)
    assert format_when(m) == "juni 2020, datum ej fastställt"
    m = Meeting(date=dt.date(2020, 5, 8), start=dt.time(8, 45), end=dt.time(15))
    assert format_when(m) == "fredag 8 maj 2020 kl. 8.45–15.00"


def test_start_page_lists_bodies_with_next_meeting(client, world):
    page = client.get("/").get_data(as_text=True)
    assert "Kommunalt forum" in page
    assert "fredag 6 mars 2020" in page  # the next meeting after NOW (2020-03-01)


def test_body_page_has_meetings_subscriptions_and_open_items(client, world):
    r = client.get(f"/organ/{world.body_slug}")
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    upcoming, past = page.split('id="kommande"')[1], page.split('id="tidigare"')[1]
    assert "fredag 6 mars 2020" in upcoming and "fredag 7 februari 2020" in past
    assert "webcal://planner.example.se/kalender/kommunalt-forum.ics" in page
    assert "calendar.google.com" in page and "outlook.live.com" in page
    assert f"/prenumerera?organ={world.body_slug}" in page
    assert f"/punkt/{world.carry_id}" in page and "Bordlades 2020-02-07, punkt 1" in page
    assert "Svar på remiss" not in page  # waits for review: not public


def test_unknown_body_gives_swedish_404(client, world):
    r = client.get("/organ/finns-inte")
    assert r.status_code == 404
    assert "Det finns inget organ" in r.get_data(as_text=True)


def test_meeting_page_shows_time_place_agenda_and_sources(client, world):
    page = client.get(f"/mote/{world.next_id}").get_data(as_text=True)
    assert "fredag 6 mars 2020 kl. 9.00–12.00" in page and "Videum" in page
    assert "Förslag till dagordning" in page and "Information om Yrkes-SM" in page
    assert f"/dokument/{world.document_id}?fran=" in page
    held = client.get(f"/mote/{world.held_id}").get_data(as_text=True)
    assert "Punkter enligt mötesanteckningarna" in held and "kf-2020-02-07.txt" in held


def test_month_view_shows_meetings_and_events(client, world):
    page = client.get("/manad/2020/3").get_data(as_text=True)
    assert "Mars 2020" in page and f"/mote/{world.next_id}" in page
    assert "Svar på remiss" not in page
    may = client.get(f"/organ/{world.body_slug}/manad/2020/5").get_data(as_text=True)
    assert "Workshop" in may
    assert client.get("/manad/2020/13").status_code == 404
    assert client.get("/manad/0/1").status_code == 404 and client.get("/manad/2020/0").status_code == 404


def test_carry_timeline_links_each_step_to_the_minutes(client, world, db):
    from planner.store import CarryItem

    carry = db.get(CarryItem, world.carry_id)
    page = client.get(f"/punkt/{world.carry_id}").get_data(as_text=True)
    assert "Sköts upp" in page
    assert f"/dokument/{world.document_id}?fran={carry.span_start}&amp;till={carry.span_end}#kalla" in page


def test_document_page_highlights_the_span(client, world, db):
    from planner.store import CarryItem

    carry = db.get(CarryItem, world.carry_id)
    page = client.get(f"/dokument/{world.document_id}?fran={carry.span_start}&till={carry.span_end}").get_data(
        as_text=True)
    assert '<mark id="kalla" title="källa">1. Information om Yrkes-SM</mark>' in page
    # a span outside the text is ignored, not an error
    assert client.get(f"/dokument/{world.document_id}?fran=5&till=999999").status_code == 200


def test_security_headers_on_every_page(client, world):
    r = client.get("/")
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["X-Frame-Options"] == "DENY"


def test_month_view_lists_month_only_meetings_without_a_day(client, world, db):
    from planner.store import Meeting

    db.add(Meeting(body_id=world.body_id, month="2020-06", date=None, title="Höstplanering"))
    db.commit()
    page = client.get("/manad/2020/6").get_data(as_text=True)
    assert "Datum ej fastställt" in page and "juni 2020, datum ej fastställt" in page


def test_month_view_lists_month_only_events_too(client, world, db):
    # "Konferensen hålls i juni": an event known by its month only was on no month page.
    from planner.store import Event

    db.add(Event(body_id=world.body_id, kind="conference", title="Regionala konferensen", month="2020-06",
                 date=None, confidence=0.9))
    db.add(Event(body_id=world.body_id, kind="trip", title="Studieresa", month="2020-06", date=None,
                 confidence=0.4, published=False))
    db.commit()
    page = client.get("/manad/2020/6").get_data(as_text=True)
    assert "Datum ej fastställt" in page and "Konferens: Regionala konferensen (Kommunalt forum)" in page
    assert "Studieresa" not in page  # not published
    own = client.get(f"/organ/{world.body_slug}/manad/2020/6").get_data(as_text=True)
    assert "Konferens: Regionala konferensen –" in own
    assert "Regionala konferensen" not in client.get("/manad/2020/7").get_data(as_text=True)


def test_stored_moments_are_shown_in_swedish_time():
    assert format_local(dt.datetime(2020, 3, 10, 9, 0)) == "2020-03-10 10:00"  # naive = UTC (SQLite)
    assert format_local(dt.datetime(2020, 7, 1, 9, 0, tzinfo=dt.UTC)) == "2020-07-01 11:00"


def test_meetings_waiting_for_review_are_not_public(client, world, db):
    from planner.store import Meeting as M

    m = db.get(M, world.next_id)
    m.published = False
    db.commit()
    assert client.get(f"/mote/{world.next_id}").status_code == 404
    assert "fredag 6 mars 2020" not in client.get(f"/organ/{world.body_slug}").get_data(as_text=True)
    assert f"/mote/{world.next_id}" not in client.get("/manad/2020/3").get_data(as_text=True)


def test_first_and_last_month_pages_link_to_no_page_beyond(client, world):
    """The month pages run from January 1900 to December 2200: the pager of the last one linked to
    /manad/2201/1 and the first one's to /manad/1899/12, both 404 (a crawler of the site found them)."""
    last = client.get("/manad/2200/12").get_data(as_text=True)
    first = client.get(f"/organ/{world.body_slug}/manad/1900/1").get_data(as_text=True)
    assert "/manad/2201/1" not in last and "Nästa månad" not in last and "/manad/2200/11" in last
    assert "/manad/1899/12" not in first and "Föregående månad" not in first and "/manad/1900/2" in first
    for page in (last, first):
        for href in re.findall(r'href="(/[^"]*manad/[^"]*)"', page):
            assert client.get(href).status_code == 200, href
