"""calendars.serialise writes exactly the bytes of icalendar's Component.to_ical(), faster.

Compared on whole feeds with Swedish text, long descriptions, commas, semicolons, backslashes
and line breaks in text, all-day, timed, multi-day, tentative and cancelled events, and on
single lines folded around multi-byte characters and escapes.
"""

from __future__ import annotations

import datetime as dt
import random

import icalendar
import pytest
from icalendar.parser import Contentline

from calendars import feeds, serialise
from calendars.feeds import FeedContext, FeedItem, FeedMeta, build_feed, feed_bytes
from tests.calendars.conftest import strict_parse

CTX = FeedContext("Europe/Stockholm", "forumplanner.local", "https://planner.example.se")
META = FeedMeta("Alla forum; å, ä & ö", "Möten, workshops och sista dagar; för alla forum",
                "https://planner.example.se/kalender/alla.ics", dt.timedelta(hours=1), "alla")
TODAY = dt.date(2026, 11, 25)
UPDATED = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)

TEXTS = (
    "Kommunalt forum",
    "Länsledningsgrupp för välfärd, hälsa; vård och omsorg",
    "Återkoppling från Ö-vik\\Örebro: \"citat\" och ^caret^",
    "Rad ett\nRad två\r\nRad tre",
    "Växjö " * 40,
    "ÅÄÖåäö" * 30,
    "€ och 😀 i texten, tecken som tar tre och fyra byte" * 3,
)


def item(n: int, *, kind: str = "meeting", status: str = "planned", tentative: bool = False,
         start: dt.time | None = dt.time(9), end: dt.time | None = dt.time(12), days: int = 0,
         location: str | None = "Videum Science Park, Framtidsvägen, Växjö", text: str = TEXTS[0]) -> FeedItem:
    day = dt.date(2026, 5, 8) + dt.timedelta(days=n)
    url = f"{CTX.base_url}/mote/{n}"
    return FeedItem(
        uid=f"{n:04d}-test@{CTX.domain}",
        kind=kind,
        summary=feeds.summary_of(kind, text, "Kommunalt forum", status, tentative),
        date=day,
        end_date=day + dt.timedelta(days=days) if days else None,
        start=start,
        end=end,
        location=location,
        status=feeds.ical_status(status, tentative),
        sequence=n % 4,
        updated=UPDATED + dt.timedelta(seconds=n),
        description=feeds.description_of(status=status, tentative=tentative, theme=text, holder="Region Kronoberg",
                                         online="Teams", reference="21RGK153", agenda=text, sentence=text, url=url),
        url=url,
    )


def varied_items() -> list[FeedItem]:
    items = []
    for n, text in enumerate(TEXTS):
        items += [
            item(10 * n, text=text),
            item(10 * n + 1, kind="deadline", start=None, end=None, text=text),
            item(10 * n + 2, kind="workshop", start=None, end=None, location=None, text=text),
            item(10 * n + 3, kind="trip", days=2, start=None, end=None, text=text),
            item(10 * n + 4, kind="conference", days=1, start=dt.time(8, 45), end=dt.time(15), text=text),
            item(10 * n + 5, status="cancelled", text=text),
            item(10 * n + 6, tentative=True, end=None, location=text, text=text),
        ]
    return items


def test_feed_bytes_equal_icalendar_to_ical() -> None:
    items = varied_items()
    cal = build_feed(META, items, CTX, today=TODAY)
    expected = cal.to_ical()
    assert serialise.to_ical(cal) == expected
    feeds.clear_memos()
    assert feed_bytes(META, items, CTX, today=TODAY) == expected  # nothing memoised
    assert feed_bytes(META, items, CTX, today=TODAY) == expected  # everything memoised
    parsed = icalendar.Calendar.from_ical(expected)
    assert len(parsed.walk("VEVENT")) == len(items)
    # A CRLF in text comes back as LF (RFC 5545 escapes both as "\\n").
    assert {str(e["SUMMARY"]) for e in parsed.walk("VEVENT")} == {i.summary.replace("\r\n", "\n") for i in items}
    assert len(strict_parse(expected).events) == len(items)


def test_one_writer_gives_each_component_its_own_bytes() -> None:
    """The memo of shared values must never hand one event's text to another."""
    writer = serialise.Writer()
    for it in varied_items():
        event = feeds.vevent(it, CTX)
        assert writer.to_ical(event) == event.to_ical()


def test_list_values_and_parameters() -> None:
    event = icalendar.Event()
    event.add("SUMMARY", "Två kommentarer")
    event.add("COMMENT", "första, med komma")
    event.add("COMMENT", "andra; med semikolon")
    event.add("ATTENDEE", "mailto:a@example.se", parameters={"CN": "Åsa Öberg, sekreterare", "ROLE": "CHAIR"})
    event.add("X-SAMMANFATTNING", "egen egenskap", parameters={"LANGUAGE": "sv"})
    event.add("DTSTART", dt.datetime(2026, 5, 8, 9, tzinfo=CTX.tz))
    assert serialise.to_ical(event) == event.to_ical()


class RawValue:
    """A value whose to_ical() forgot to escape a line break."""

    params = None

    def to_ical(self) -> bytes:
        return "rad ett\nrad två".encode()


def test_line_breaks_must_be_escaped() -> None:
    with pytest.raises(ValueError, match="line break"):
        serialise.content_line("X-RAW", RawValue())


@pytest.mark.parametrize("line", [
    "",
    "A" * 74,
    "A" * 75,
    "A" * 148,
    "A" * 149,
    "Å" * 37 + "A",  # 75 octets
    "A" + "Å" * 40,  # a two-octet character across the 74th octet
    "A" * 72 + "€" + "B" * 10,  # a three-octet one across it
    "A" * 71 + "😀" + "B" * 10,  # a four-octet one
    "A" * 73 + "\\," + "B" * 10,  # an escape would end the line: it moves down
    "A" * 73 + "^^" + "B" * 10,
    "\\" * 200,
])
def test_fold_line_matches_icalendar(line: str) -> None:
    folded = serialise.fold_line(line.encode())
    assert folded == Contentline(line).to_ical()
    assert all(len(part) <= 75 for part in folded.split(b"\r\n"))
    for part in folded.split(b"\r\n"):
        part.decode()  # never a split UTF-8 sequence


def test_fold_line_random_text() -> None:
    rng = random.Random(5)
    alphabet = "abc ,;:\\^\"åäöÅÄÖé€😀\t"
    for _ in range(2000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        assert serialise.fold_line(line.encode()) == Contentline(line).to_ical(), line


def test_empty_feed_has_a_timezone_valid_around_today() -> None:
    """A feed whose rows all lie before the window used to say "only works from 2000 to 2001"."""
    data = feed_bytes(META, [], CTX, today=TODAY)
    assert data == build_feed(META, [], CTX, today=TODAY).to_ical()
    cal = icalendar.Calendar.from_ical(data)
    (vtimezone,) = cal.walk("VTIMEZONE")
    assert vtimezone["TZID"] == "Europe/Stockholm"
    assert b"2000" not in data and b"2001" not in data
    assert f"from {TODAY.year - 1}-01-01 to {TODAY.year + 2}-01-01" in str(vtimezone["COMMENT"])
    zone = vtimezone.to_tz()
    for day, hours in ((dt.datetime(2025, 12, 1), 1), (dt.datetime(2026, 7, 1), 2), (dt.datetime(2027, 7, 1), 2)):
        assert zone.utcoffset(day) == dt.timedelta(hours=hours)
    assert strict_parse(data).events == []


def test_shared_values_keep_their_zone() -> None:
    """10:00 in Stockholm and 09:00Z are the same instant (equal datetimes), not the same value."""
    base = item(0)
    same_instant = dt.datetime.combine(base.date, dt.time(10), tzinfo=CTX.tz).astimezone(dt.UTC)
    for utc_first in (False, True):
        feeds.clear_memos()
        if utc_first:  # the shared UTC value exists before the Stockholm one is asked for
            feeds.vevent(item(1, start=None, end=None), CTX, stamp=same_instant)
        event = feeds.vevent(item(0, start=dt.time(10), end=None), CTX, stamp=same_instant)
        data = event.to_ical()
        assert f"DTSTART;TZID=Europe/Stockholm:{base.date:%Y%m%d}T100000\r\n".encode() in data
        assert f"DTSTAMP:{base.date:%Y%m%d}T{same_instant:%H}0000Z\r\n".encode() in data


def reference_vevent(it: FeedItem, *, stamp: dt.datetime | None = None) -> icalendar.Event:
    """The VEVENT as icalendar.Event.new builds it (what feeds.vevent did before it set values itself)."""
    start, end = feeds.item_span(it, CTX.tz)
    return icalendar.Event.new(
        uid=it.uid, summary=it.summary, start=start, end=end, stamp=stamp or it.updated, last_modified=it.updated,
        sequence=it.sequence, status=it.status, location=it.location, description=it.description, url=it.url,  # type: ignore[arg-type]
        categories=[feeds.CATEGORY[it.kind]], transparency="TRANSPARENT" if it.kind == "deadline" else "OPAQUE",  # type: ignore[arg-type]
    )


def test_vevent_equals_event_new() -> None:
    stamp = dt.datetime(2026, 3, 3, 8, tzinfo=dt.UTC)
    for it in varied_items():
        event, reference = feeds.vevent(it, CTX), reference_vevent(it)
        assert event.to_ical() == reference.to_ical()
        assert sorted(event.keys()) == sorted(reference.keys())
        assert all(type(event[k]) is type(reference[k]) for k in reference)
        assert event.DTSTART == reference.DTSTART and event.DTSTAMP == reference.DTSTAMP
        assert event.decoded("DTSTAMP") == reference.decoded("DTSTAMP")
        assert event["uid"] == reference["UID"]  # the case-insensitive lookup still works
        assert feeds.vevent(it, CTX, stamp=stamp).to_ical() == reference_vevent(it, stamp=stamp).to_ical()
