"""Feeds built from stored rows: what each VEVENT says, read back with icalendar."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

from calendars.feeds import (
    FeedContext,
    build_feed,
    event_calendar,
    feed_bytes,
    source_sentence,
    summary_of,
)
from calendars.scopes import ScopeKind, Window, feed_meta, resolve_scope, select_items
from tests.calendars.conftest import NOW

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def feed_of(session: Any, settings: Any, kind: str = "alla", slug: str = "", *, now: dt.datetime = NOW,
            since: dt.date | None = None) -> tuple[bytes, icalendar.Calendar]:
    scope = resolve_scope(session, kind, slug)
    ctx = FeedContext.from_settings(settings)
    window = Window.at(now, settings, since)
    items = select_items(session, scope, window, ctx)
    meta = feed_meta(scope, f"{settings.base_url}/kalender/{scope.path}.ics", settings.calendars.refresh_minutes)
    data = feed_bytes(meta, items, ctx, today=window.today)
    # The memoised path with our serialiser gives icalendar's own bytes.
    assert data == build_feed(meta, items, ctx, today=window.today).to_ical()
    return data, icalendar.Calendar.from_ical(data)


def by_uid(cal: icalendar.Calendar) -> dict[str, Any]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def uid(row: Any, settings: Any) -> str:
    return f"{row.uid}@{settings.calendars.domain}"


def test_calendar_properties(session, settings, forum):
    data, cal = feed_of(session, settings, "organ", "kommunalt-forum")
    assert cal["METHOD"] == "PUBLISH"
    assert cal["X-WR-CALNAME"] == "Kommunalt forum"
    assert "Kommunalt forum" in cal["X-WR-CALDESC"]
    assert cal["X-WR-TIMEZONE"] == "Europe/Stockholm"
    assert cal["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert cal.decoded("REFRESH-INTERVAL") == dt.timedelta(hours=1)
    assert str(cal["X-PUBLISHED-TTL"]) == "PT1H"  # an X- property reads back as text
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in data


def test_timed_meeting(session, settings, forum):
    _, cal = feed_of(session, settings, "organ", "kommunalt-forum")
    event = by_uid(cal)[uid(forum["workshop"], settings)]
    assert event.start == dt.datetime(2020, 5, 8, 8, 45, tzinfo=STOCKHOLM)
    assert event.end == dt.datetime(2020, 5, 8, 15, 0, tzinfo=STOCKHOLM)
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert str(event["SUMMARY"]) == "Workshop: Kommunalt forum"
    assert str(event["LOCATION"]) == "Videum Science Park, Växjö"
    assert event["STATUS"] == "CONFIRMED"
    assert event["SEQUENCE"] == 1
    assert event.categories == ["Workshop"]
    assert event.DTSTAMP == event.last_modified == (NOW - dt.timedelta(days=4))
    url = f"https://planner.example.se/mote/{forum['workshop'].id}"
    assert str(event["URL"]) == url
    description = str(event["DESCRIPTION"])
    assert "Tema: Att leda välfärd i den digitala revolutionen" in description
    # The sentence of the minutes it came from, whole, and the link at the very end.
    assert ("Ur mötesanteckningarna: ”Nästa möte blir en workshop den 8 maj kl. 08.45-15.00 "
            "på Videum Science Park.”") in description
    assert description.endswith(f"Mer information: {url}")


def test_all_day_events_have_exclusive_end(session, settings, forum):
    _, cal = feed_of(session, settings)
    events = by_uid(cal)
    deadline = events[uid(forum["deadline"], settings)]
    assert deadline["DTSTART"].params["VALUE"] == "DATE"
    assert deadline.start == dt.date(2020, 4, 15) and deadline.end == dt.date(2020, 4, 16)
    assert str(deadline["SUMMARY"]) == "Sista dag: Ansökningar ska vara inne"
    assert deadline["TRANSP"] == "TRANSPARENT"
    assert "Senast den 15 april ska ansökningarna vara inne." in str(deadline["DESCRIPTION"])
    trip = events[uid(forum["trip"], settings)]
    assert trip.start == dt.date(2020, 10, 1) and trip.end == dt.date(2020, 10, 3)  # two days: 1 and 2 Oct
    assert trip.categories == ["Studieresa"]
    assert str(trip["URL"]) == "https://planner.example.se/organ/presidiekonferens/manad/2020/10"
    tentative = events[uid(forum["tentative"], settings)]
    assert tentative.start == dt.date(2020, 9, 11) and tentative.end == dt.date(2020, 9, 12)


def test_status_tentative_and_cancelled(session, settings, forum):
    _, cal = feed_of(session, settings)
    events = by_uid(cal)
    tentative = events[uid(forum["tentative"], settings)]
    assert tentative["STATUS"] == "TENTATIVE"
    assert str(tentative["SUMMARY"]) == "Kommunalt forum (preliminärt)"
    assert str(tentative["LOCATION"]) == "Teams"
    cancelled = events[uid(forum["cancelled"], settings)]
    assert cancelled["STATUS"] == "CANCELLED"
    assert str(cancelled["SUMMARY"]) == "INSTÄLLT: Ledningsgrupp för samverkan"
    assert cancelled["SEQUENCE"] == 2
    assert events[uid(forum["held"], settings)]["STATUS"] == "CONFIRMED"


def test_month_only_and_unpublished_stay_out(session, settings, forum):
    _, cal = feed_of(session, settings)
    uids = set(by_uid(cal))
    assert uid(forum["month_only"], settings) not in uids
    assert uid(forum["hidden"], settings) not in uids
    assert len(uids) == 6


def test_cancelled_leaves_after_configured_days(session, settings, forum):
    cancelled = uid(forum["cancelled"], settings)
    later = NOW + dt.timedelta(days=27)  # cancelled 2 days before NOW: 29 days ago
    assert cancelled in by_uid(feed_of(session, settings, now=later)[1])
    assert cancelled not in by_uid(feed_of(session, settings, now=later + dt.timedelta(days=2))[1])
    shorter = settings.replace(calendars={"cancelled_days": 1})
    assert cancelled not in by_uid(feed_of(session, shorter)[1])


def test_window(session, settings, forum):
    # Default: 12 months back, so the held March meeting is there a year later, but not 13 months later.
    held = uid(forum["held"], settings)
    assert held in by_uid(feed_of(session, settings, now=dt.datetime(2021, 3, 20, tzinfo=dt.UTC))[1])
    assert held not in by_uid(feed_of(session, settings, now=dt.datetime(2021, 4, 2, tzinfo=dt.UTC))[1])
    _, cal = feed_of(session, settings, since=dt.date(2020, 9, 1))
    assert {str(e["SUMMARY"]) for e in cal.walk("VEVENT")} == {
        "Kommunalt forum (preliminärt)", "Studieresa till Bryssel"}
    # A trip that started before `since` but is still going on stays.
    _, cal = feed_of(session, settings, since=dt.date(2020, 10, 2))
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Studieresa till Bryssel"]


def test_scopes(session, settings, forum):
    def summaries(kind: str, slug: str) -> set[str]:
        return {str(e["UID"]) for e in feed_of(session, settings, kind, slug)[1].walk("VEVENT")}

    kf = summaries("organ", "kommunalt-forum")
    assert kf == {uid(forum[k], settings) for k in ("held", "workshop", "tentative", "deadline")}
    # Region Kronoberg owns both forums and holds the trip of another body.
    region = summaries("organisation", "region-kronoberg")
    assert region == kf | {uid(forum["cancelled"], settings), uid(forum["trip"], settings)}
    # Lessebo kommun owns no body, but its people attend Kommunalt forum.
    assert summaries("organisation", "lessebo-kommun") == kf
    assert len(summaries("alla", "")) == 6


def test_same_data_same_bytes(session, settings, forum):
    first, _ = feed_of(session, settings)
    second, _ = feed_of(session, settings, now=NOW + dt.timedelta(hours=5))
    assert first == second


def test_crlf_and_folding(session, settings, forum):
    data, _ = feed_of(session, settings)
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # long descriptions are folded
    # Folding never splits a UTF-8 character.
    for line in lines:
        line.decode("utf-8")


def test_event_calendar_single_meeting(session, settings, forum):
    stamp = dt.datetime(2020, 5, 1, 6, 0, tzinfo=dt.UTC)
    cal = event_calendar(forum["workshop"], settings, now=stamp)
    assert cal["METHOD"] == "PUBLISH"
    events = cal.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert event["UID"] == uid(forum["workshop"], settings)
    assert "ORGANIZER" not in event and "ATTENDEE" not in event
    assert event.DTSTAMP == event.last_modified  # the feed's version, not the time the file was made
    assert event.start == dt.datetime(2020, 5, 8, 8, 45, tzinfo=STOCKHOLM)
    assert cal.walk("VTIMEZONE")
    assert "REFRESH-INTERVAL" not in cal
    _, feed = feed_of(session, settings)
    in_feed = by_uid(feed)[event["UID"]]
    for prop in ("SUMMARY", "DESCRIPTION", "LOCATION", "SEQUENCE", "STATUS", "URL", "DTSTART", "DTEND", "DTSTAMP",
                 "LAST-MODIFIED"):
        assert event[prop] == in_feed[prop], prop
    deadline = event_calendar(forum["deadline"], settings, now=stamp).walk("VEVENT")[0]
    assert deadline["UID"] == uid(forum["deadline"], settings)
    with pytest.raises(ValueError, match="only the month"):
        event_calendar(forum["month_only"], settings, now=stamp)


@pytest.mark.parametrize(
    ("text", "phrase", "sentence"),
    [
        ("Mötet avslutas. Nästa möte blir den 8 maj kl. 9.00 på Videum. Ordföranden tackar.", "den 8 maj",
         "Nästa möte blir den 8 maj kl. 9.00 på Videum."),
        ("Möten 2022:\n- 4 feb\n- 18 mars\n- 6 maj\n\nSlut", "18 mars", "18 mars"),
        ("Beslut\n\nKommunalt forum träffas t.ex. i juni, se bl.a. bilagan.\n\nÖvrigt", "i juni",
         "Kommunalt forum träffas t.ex. i juni, se bl.a. bilagan."),
    ],
)
def test_source_sentence(text: str, phrase: str, sentence: str) -> None:
    start = text.index(phrase)
    assert source_sentence(text, start, start + len(phrase)) == sentence


@pytest.mark.parametrize(
    ("kind", "title", "status", "tentative", "summary"),
    [
        ("meeting", None, "planned", False, "Kommunalt forum"),
        ("meeting", None, "cancelled", True, "INSTÄLLT: Kommunalt forum"),
        ("workshop", None, "planned", True, "Workshop: Kommunalt forum (preliminärt)"),
        ("deadline", "Sista dag för ansökan", "planned", False, "Sista dag för ansökan"),
        ("conference", "Länskonferens", "planned", False, "Länskonferens"),
    ],
)
def test_summary(kind: str, title: str | None, status: str, tentative: bool, summary: str) -> None:
    assert summary_of(kind, title, "Kommunalt forum", status, tentative, is_meeting=kind in ("meeting", "workshop")) \
        == summary


def test_meeting_summary_names_the_body() -> None:
    assert summary_of("meeting", "Nästa möte", "Kommunalt forum", "planned", False, is_meeting=True) \
        == "Kommunalt forum"
    assert summary_of("meeting", "Kommunalt forum (Mötet hålls kl. 09.00-12.00 i Bolmen)", "Kommunalt forum",
                      "planned", False, is_meeting=True) == "Kommunalt forum"
    assert summary_of("workshop", "Kommunalt forum (workshop)", "Kommunalt forum", "planned", False,
                      is_meeting=True) == "Workshop: Kommunalt forum"


def test_scope_kinds_are_url_words() -> None:
    assert [k.value for k in ScopeKind] == ["alla", "organ", "organisation"]


def test_event_calendar_passes_the_strict_parser(session, settings, forum):
    from tests.calendars.conftest import strict_parse

    data = event_calendar(forum["workshop"], settings, now=NOW).to_ical()
    parsed = strict_parse(data)
    assert [e.uid for e in parsed.events] == [uid(forum["workshop"], settings)]
    assert parsed.events[0].dtstart == dt.datetime(2020, 5, 8, 8, 45, tzinfo=STOCKHOLM)


@pytest.mark.parametrize(
    ("kind", "end_date", "start", "end", "expected"),
    [
        ("meeting", None, dt.time(9), dt.time(12),
         (dt.datetime(2020, 3, 17, 9, tzinfo=STOCKHOLM), dt.datetime(2020, 3, 17, 12, tzinfo=STOCKHOLM))),
        ("meeting", None, dt.time(9), None, (dt.datetime(2020, 3, 17, 9, tzinfo=STOCKHOLM), None)),
        ("meeting", None, None, None, (dt.date(2020, 3, 17), dt.date(2020, 3, 18))),
        ("deadline", None, dt.time(12), None, (dt.date(2020, 3, 17), dt.date(2020, 3, 18))),
        # Internat 17-18 March: two whole days, or from the first start to the last end.
        ("meeting", dt.date(2020, 3, 18), None, None, (dt.date(2020, 3, 17), dt.date(2020, 3, 19))),
        ("meeting", dt.date(2020, 3, 18), dt.time(10), None, (dt.date(2020, 3, 17), dt.date(2020, 3, 19))),
        ("meeting", dt.date(2020, 3, 18), dt.time(10), dt.time(15),
         (dt.datetime(2020, 3, 17, 10, tzinfo=STOCKHOLM), dt.datetime(2020, 3, 18, 15, tzinfo=STOCKHOLM))),
        ("meeting", None, dt.time(15), dt.time(9), (dt.datetime(2020, 3, 17, 15, tzinfo=STOCKHOLM), None)),
        # "kl. 23.00–01.00" and "kl. 20.00–02.00" run past midnight; "kl. 15.00–09.00" (18 hours) is a slip.
        ("meeting", None, dt.time(23), dt.time(1),
         (dt.datetime(2020, 3, 17, 23, tzinfo=STOCKHOLM), dt.datetime(2020, 3, 18, 1, tzinfo=STOCKHOLM))),
        ("meeting", None, dt.time(20), dt.time(2),
         (dt.datetime(2020, 3, 17, 20, tzinfo=STOCKHOLM), dt.datetime(2020, 3, 18, 2, tzinfo=STOCKHOLM))),
        ("meeting", None, dt.time(10), dt.time(10), (dt.datetime(2020, 3, 17, 10, tzinfo=STOCKHOLM), None)),
    ],
)
def test_item_span(kind: str, end_date: dt.date | None, start: dt.time | None, end: dt.time | None,
                   expected: tuple[object, object]) -> None:
    from calendars.feeds import FeedItem, item_span

    item = FeedItem(uid="u@d", kind=kind, summary="s", date=dt.date(2020, 3, 17), end_date=end_date, start=start,
                    end=end, location=None, status="CONFIRMED", sequence=0, updated=NOW, description="d", url="u")
    assert item_span(item, STOCKHOLM) == expected


@pytest.mark.parametrize(
    ("day", "start", "end", "has_end"),
    [
        # Summer time begins at 02:00 on 29 March 2026: 02:30 does not exist and is 03:30 summer time.
        (dt.date(2026, 3, 29), dt.time(2, 30), dt.time(3, 30), False),
        (dt.date(2026, 3, 29), dt.time(1, 30), dt.time(3, 30), True),
        # It ends at 03:00 on 25 October 2026: 02:30-03:00 is a real half hour (or an hour and a half).
        (dt.date(2026, 10, 25), dt.time(2, 30), dt.time(3), True),
        # Past midnight with no next day (the last day a date can be) and on the first day one can be.
        (dt.date.max, dt.time(23), dt.time(1), False),
        (dt.date(1, 1, 1), dt.time(23), dt.time(1), True),
    ],
)
def test_item_span_around_summer_time(day: dt.date, start: dt.time, end: dt.time, has_end: bool) -> None:
    from calendars.feeds import FeedItem, item_span

    item = FeedItem(uid="u@d", kind="meeting", summary="s", date=day, end_date=None, start=start,
                    end=end, location=None, status="CONFIRMED", sequence=0, updated=NOW, description="d", url="u")
    got_start, got_end = item_span(item, STOCKHOLM)
    assert got_start == dt.datetime.combine(day, start, tzinfo=STOCKHOLM)
    assert (got_end is not None) == has_end


def test_dates_at_the_ends_of_the_calendar(session, settings, rows):
    """Minutes (or a correction) may date a thing "1 januari 0001" or "31 december 9999": the feed
    of such dates was a ValueError ("year 10001 is out of range", "year 0 ...") from the years its
    VTIMEZONE covers, and a whole day's exclusive end after 9999-12-31 an OverflowError."""
    body = rows.body("kommunalt-forum", "Kommunalt forum")
    first = rows.meeting(body, date=dt.date(1, 1, 1), start=dt.time(9), end=dt.time(12))
    last = rows.event(body, kind="deadline", title="Synpunkter", date=dt.date(9999, 12, 31))
    late = rows.meeting(body, date=dt.date(9999, 12, 31), start=dt.time(22), end=dt.time(23))
    session.commit()
    _, cal = feed_of(session, settings, since=dt.date(1, 1, 1))
    events = by_uid(cal)
    assert events[uid(first, settings)].start == dt.datetime(1, 1, 1, 9, tzinfo=STOCKHOLM)
    deadline = events[uid(last, settings)]
    assert deadline.start == dt.date(9999, 12, 31) and "DTEND" not in deadline  # one whole day
    assert events[uid(late, settings)].end == dt.datetime(9999, 12, 31, 23, tzinfo=STOCKHOLM)
    assert cal.walk("VTIMEZONE")
