"""Turn stored meetings and events into iCalendar objects: store rows -> FeedItem -> icalendar.

`feed_item` reads one Meeting or Event row (or a SQL row with the same column names) into a
frozen FeedItem; `build_feed` makes the VCALENDAR of a scope from FeedItems, `feed_bytes`
serialises it (byte for byte what `build_feed(...).to_ical()` gives, written by
`calendars.serialise` and with each VEVENT's bytes memoised), and `event_calendar` makes the
one-event calendar that reminder mails attach. Everything is built from icalendar objects, never from text templates.

The UID is `<stored uid>@<domain>`: the stored uid is a random UUID made once when the row is
first stored, so a moved or cancelled meeting keeps it and subscribers see a change, not a new
event. Month-only dates ("juni 2020") have no day and never reach a feed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import icalendar

from calendars import serialise
from planner.config import Settings
from planner.store import as_utc, runs_past_midnight

PRODID = "-//Forumplaneraren//Kalender 1.0//SV"

# CATEGORIES and the summary prefix by kind (the contract's kinds; meetings are "meeting").
CATEGORY = {
    "meeting": "Möte",
    "workshop": "Workshop",
    "conference": "Konferens",
    "trip": "Studieresa",
    "deadline": "Sista dag",
    "milestone": "Milstolpe",
    "other": "Övrigt",
}
CANCELLED_PREFIX = "INSTÄLLT: "
TENTATIVE_SUFFIX = " (preliminärt)"
ONLINE_NAMES = {"digital": "Digitalt möte"}
# How much text around an event's span is read to find the whole sentence it sits in.
SENTENCE_CONTEXT = 240
SENTENCE_MAX = 400


@dataclass(frozen=True, slots=True)
class FeedContext:
    """The settings a VEVENT depends on (hashable, so serialised events can be memoised)."""

    timezone: str
    domain: str
    base_url: str

    @classmethod
    def from_settings(cls, settings: Settings) -> FeedContext:
        return cls(settings.calendars.timezone, settings.calendars.domain, settings.base_url)

    @property
    def tz(self) -> ZoneInfo:
        return _zone(self.timezone)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One dated meeting or event as a calendar shows it (all text already in Swedish)."""

    uid: str  # full UID, with @domain
    kind: str
    summary: str
    date: dt.date
    end_date: dt.date | None
    start: dt.time | None
    end: dt.time | None
    location: str | None
    status: str  # CONFIRMED | TENTATIVE | CANCELLED
    sequence: int
    updated: dt.datetime  # UTC
    description: str
    url: str


@dataclass(frozen=True, slots=True)
class FeedMeta:
    """Calendar-level properties of one feed."""

    name: str
    description: str
    source_url: str
    refresh: dt.timedelta
    key: str  # stable calendar UID stem, e.g. "organ-kommunalt-forum"


class RowLike(Protocol):
    """The columns `feed_item` reads; Meeting, Event and SQL rows labelled alike all have them."""

    uid: str
    kind: str
    date: dt.date | None
    end_date: dt.date | None
    start: dt.time | None
    end: dt.time | None
    venue: str | None
    online: str | None
    theme: str | None
    status: str
    tentative: bool
    sequence: int
    updated_at: dt.datetime


@functools.cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def full_uid(uid: str, domain: str) -> str:
    """Return the iCalendar UID of a stored uid: `<uid>@<domain>`."""
    return uid if "@" in uid else f"{uid}@{domain}"


def meeting_url(base_url: str, meeting_id: int) -> str:
    """Return the web page of a meeting (the link that ends its DESCRIPTION)."""
    return f"{base_url}/mote/{meeting_id}"


def event_url(base_url: str, day: dt.date, body_slug: str | None) -> str:
    """Return the page that shows an event: the month view of its body, or of all bodies."""
    prefix = f"{base_url}/organ/{body_slug}" if body_slug else base_url
    return f"{prefix}/manad/{day.year}/{day.month}"


# Where a sentence ends: ". " before a capital (so "kl. 9.00" and "t.ex. en" do not end one),
# a blank line, or a new list line ("- ", "• ", "1. ").
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”]+[A-ZÅÄÖ])|\n[ \t]*\n|\n(?=[ \t]*(?:[-•*]|\d+[.)])\s)")


def source_sentence(window: str | None, start: int, end: int) -> str | None:
    """Return the sentence around window[start:end], whitespace collapsed.

    `window` is a stretch of the minutes' text and `start`/`end` the span inside it. A sentence
    longer than SENTENCE_MAX characters gives the lines of the span instead.
    """
    if not window or end <= start:
        return None
    start, end = max(0, start), min(len(window), end)
    begin = 0
    for match in _SENTENCE_END.finditer(window, 0, start):
        begin = match.end()
    after = _SENTENCE_END.search(window, end)
    finish = len(window) if after is None else after.start() + (1 if after.group(0)[0] in ".!?" else 0)
    text = " ".join(window[begin:finish].split()).strip(" -•*#")
    if len(text) > SENTENCE_MAX:
        line_start = window.rfind("\n", 0, start) + 1
        line_end = window.find("\n", end)
        text = " ".join(window[line_start : line_end if line_end >= 0 else len(window)].split())[:SENTENCE_MAX]
    return text or None


def summary_of(
    kind: str, title: str | None, body_name: str | None, status: str, tentative: bool, *, is_meeting: bool = False
) -> str:
    """Return the Swedish SUMMARY, "INSTÄLLT:" first when cancelled.

    A meeting is named by its body: the titles minutes give meetings are phrases around the date
    ("Nästa möte", "Mötet hålls kl. 9.00 i Bolmen"); an event by its title.
    """
    if is_meeting and body_name:
        base = body_name
    else:
        base = (title or body_name or CATEGORY.get(kind, "Händelse")).strip()
    if kind == "workshop" and "workshop" not in base.lower():
        base = f"Workshop: {base}"
    elif kind == "deadline" and not base.lower().startswith(("sista", "deadline")):
        base = f"Sista dag: {base}"
    if status == "cancelled":
        return CANCELLED_PREFIX + base
    return base + TENTATIVE_SUFFIX if tentative else base


def location_of(venue: str | None, online: str | None) -> str | None:
    """Return LOCATION: the venue, the online platform, or both."""
    platform = ONLINE_NAMES.get(online.lower(), online) if online else None
    if venue and platform:
        return f"{venue} / {platform}"
    return venue or platform


def ical_status(status: str, tentative: bool) -> str:
    if status == "cancelled":
        return "CANCELLED"
    return "TENTATIVE" if tentative else "CONFIRMED"


def description_of(
    *,
    status: str,
    tentative: bool,
    theme: str | None,
    holder: str | None,
    online: str | None,
    reference: str | None,
    agenda: str | None,
    sentence: str | None,
    url: str,
) -> str:
    """Return the Swedish DESCRIPTION: state, theme, draft agenda, source sentence, then the link."""
    parts: list[str] = []
    if status == "held":
        parts.append("Mötet har hållits; mötesanteckningarna finns på webbsidan.")
        sentence = None  # the evidence of a held meeting is the minutes' own header
    elif status == "cancelled":
        parts.append("Inställt.")
    elif tentative:
        parts.append("Preliminärt datum, ännu inte fastställt.")
    if theme:
        parts.append(f"Tema: {theme}")
    if holder:
        parts.append(f"Arrangör: {holder}")
    if online and online.lower() != "digital":
        parts.append(f"Digitalt via {online}.")
    if reference:
        parts.append(f"Dnr: {reference}")
    if agenda and status != "cancelled":
        parts.append(agenda.strip())
    if sentence:
        parts.append(f"Ur mötesanteckningarna: ”{sentence}”")
    # Clients often ignore URL, so the link back also ends the description.
    parts.append(f"Mer information: {url}")
    return "\n\n".join(parts)


# RFC 5545 3.3.11: a TEXT value holds no control character but the tab (a line break is written "\n").
# Minutes copied from Word or a PDF bring some (an optional hyphen, U+001F; a bell from a field code),
# and strict readers refuse the whole feed over one.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Return text without the control characters a calendar's TEXT value cannot hold (tab and line feed stay)."""
    return _CONTROLS.sub("", text)


def feed_item(
    row: RowLike,
    ctx: FeedContext,
    *,
    is_meeting: bool,
    url: str,
    title: str | None = None,
    body_name: str | None = None,
    holder: str | None = None,
    reference: str | None = None,
    agenda: str | None = None,
    sentence: str | None = None,
    changed: dt.datetime | None = None,
) -> FeedItem | None:
    """Return the FeedItem of a meeting or event row, or None while it has no day (month only).

    `changed` (UTC) is when the agenda in its description last changed, when that is later than the row's own
    change: LAST-MODIFIED and DTSTAMP are the later of the two.
    """
    if row.date is None:
        return None
    updated = as_utc(row.updated_at)
    kind = row.kind or ("meeting" if is_meeting else "other")
    location = location_of(row.venue, row.online)
    return FeedItem(
        uid=full_uid(row.uid, ctx.domain),
        kind=kind,
        summary=clean_text(summary_of(kind, title, body_name, row.status, row.tentative, is_meeting=is_meeting)),
        date=row.date,
        end_date=row.end_date,
        start=row.start,
        end=row.end,
        location=clean_text(location) if location else None,
        status=ical_status(row.status, row.tentative),
        sequence=row.sequence or 0,
        updated=max(updated, changed) if changed is not None else updated,
        description=clean_text(description_of(
            status=row.status,
            tentative=row.tentative,
            theme=row.theme,
            holder=holder,
            online=row.online,
            reference=reference,
            agenda=agenda,
            sentence=sentence,
            url=url,
        )),
        url=url,
    )


def is_all_day(item: FeedItem) -> bool:
    """Whole days (VALUE=DATE): deadlines, events without a start time, and several days with no end time."""
    several_days = item.end_date is not None and item.end_date > item.date
    return item.start is None or item.kind == "deadline" or (several_days and item.end is None)


def item_span(item: FeedItem, tz: ZoneInfo) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime | None]:
    """Return DTSTART and DTEND; an all-day DTEND is the day after the last day (exclusive)."""
    last = item.end_date if item.end_date and item.end_date > item.date else item.date
    if is_all_day(item):
        if last == dt.date.max:  # no day after it to end on: DTSTART alone is one whole day (RFC 5545 3.6.1)
            return item.date, None
        return item.date, last + dt.timedelta(days=1)
    assert item.start is not None
    start = dt.datetime.combine(item.date, item.start, tzinfo=tz)
    if item.end is None:
        return start, None  # an unknown end is not invented: DTSTART alone (RFC 5545 3.6.1)
    end = dt.datetime.combine(last, item.end, tzinfo=tz)
    if last == item.date < dt.date.max and runs_past_midnight(item.start, item.end):
        # "kl. 23.00–01.00": the end is on the next day. A longer "span" ("kl. 15.00–09.00") is a slip
        # of the minutes, and its end is not guessed.
        end = dt.datetime.combine(item.date + dt.timedelta(days=1), item.end, tzinfo=tz)
    # Compared as instants (datetimes of one zone compare by wall clock): "kl. 02.30–03.30" on the night
    # summer time begins starts in the hour that does not exist and ends when it starts.
    return start, end if end.timestamp() > start.timestamp() else None


# Property values many events share (a kind's category, a status, a body's name as SUMMARY, a
# venue, a day and time) are made once and shared between events: building them is most of the
# cost of a VEVENT, and nothing changes a property value after `vevent` has set it.
@functools.lru_cache(maxsize=4096)
def _text_prop(value: str) -> icalendar.vText:
    return icalendar.vText(value)


@functools.cache
def _category_prop(kind: str) -> icalendar.vCategory:
    return icalendar.vCategory([CATEGORY.get(kind, CATEGORY["other"])])


@functools.cache
def _int_prop(value: int) -> icalendar.vInt:
    return icalendar.vInt(value)


@functools.lru_cache(maxsize=8192)
def _when_prop(value: dt.date | dt.datetime, _zone_key: object) -> icalendar.vDDDTypes:
    """Return the DTSTART/DTEND value; `_zone_key` is a key only (see `_when`).

    Aware datetimes in different zones compare (and hash) equal when they are the same
    instant, and a date equals no datetime but may share its hash, so the type and the zone are
    part of the key: 10:00 in Stockholm is not 09:00Z on the page.
    """
    return icalendar.vDDDTypes(value)


def _when(value: dt.date | dt.datetime) -> icalendar.vDDDTypes:
    """Return the shared date or date-time value of `value`, keyed by type, value and zone."""
    return _when_prop(value, (type(value), getattr(value, "tzinfo", None)))


def vevent(item: FeedItem, ctx: FeedContext, *, stamp: dt.datetime | None = None) -> icalendar.Event:
    """Return the VEVENT of one item; DTSTAMP is `stamp`, by default the row's last change.

    The properties are those `icalendar.Event.new` sets, of the same icalendar types, set
    directly: Event.new infers every type again for each event, which costs more than the rest
    of a feed together. `stamp` and `item.updated` must be UTC (`as_utc`). Some values are
    shared with other events (see `_text_prop`): replace a property, never change its value or
    its parameters in place.
    """
    start, end = item_span(item, ctx.tz)
    # Each row has its own last change: a value of its own, kept out of the shared ones.
    changed = icalendar.vDDDTypes(item.updated)
    event = icalendar.Event()
    # The names are written upper case, as CaselessDict stores them, so its case folding on
    # every assignment is skipped (a fifth of the cost of a VEVENT).
    put = OrderedDict.__setitem__
    put(event, "SUMMARY", _text_prop(item.summary))
    put(event, "DTSTART", _when(start))
    if end is not None:
        put(event, "DTEND", _when(end))
    put(event, "DTSTAMP", changed if stamp is None else icalendar.vDDDTypes(stamp))
    put(event, "UID", icalendar.vText(item.uid))
    put(event, "SEQUENCE", _int_prop(item.sequence))
    put(event, "CATEGORIES", _category_prop(item.kind))
    put(event, "DESCRIPTION", icalendar.vText(item.description))
    put(event, "LAST-MODIFIED", changed)
    if item.location:
        put(event, "LOCATION", _text_prop(item.location))
    put(event, "STATUS", _text_prop(item.status))
    put(event, "TRANSP", _text_prop("TRANSPARENT" if item.kind == "deadline" else "OPAQUE"))
    put(event, "URL", icalendar.vUri(item.url))
    return event


def _tz_range(items: Sequence[FeedItem], today: dt.date) -> tuple[dt.date, dt.date]:
    """Years the VTIMEZONE must cover: a year around the feed's dates, so it stays small.

    A feed with no events still gets a VTIMEZONE (RFC 5545 wants at least one component in a
    VCALENDAR), valid around `today`: the year before to two years ahead.
    """
    if not items:
        first = last = today
    else:
        first = min(i.date for i in items)
        last = max(i.end_date or i.date for i in items)
    # Within the years `datetime` has (a date typed as year 1 or 9999 must not end the feed), and to
    # 1 January 9999 at the latest: icalendar looks a little past its last date for the next transition.
    return dt.date(max(first.year - 1, dt.MINYEAR), 1, 1), dt.date(min(last.year + 2, dt.MAXYEAR), 1, 1)


def calendar_shell(
    meta: FeedMeta, ctx: FeedContext, items: Sequence[FeedItem], *, today: dt.date
) -> icalendar.Calendar:
    """Return the VCALENDAR of a feed with its calendar-level properties and VTIMEZONE, no events.

    `today` (in the calendar's zone) places the VTIMEZONE of a feed without events.
    """
    cal = icalendar.Calendar.new(
        prodid=PRODID,
        method="PUBLISH",
        name=meta.name,  # also writes X-WR-CALNAME
        description=meta.description,  # also writes X-WR-CALDESC
        refresh_interval=meta.refresh,
        source=meta.source_url or None,
        uid=f"{meta.key}@{ctx.domain}",
    )
    cal["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
    cal.add("X-WR-TIMEZONE", ctx.timezone)
    cal["X-PUBLISHED-TTL"] = icalendar.vDuration(meta.refresh)
    first, last = _tz_range(items, today)
    cal.add_component(icalendar.Timezone.from_tzid(ctx.timezone, first_date=first, last_date=last))
    return cal


def sort_items(items: Iterable[FeedItem]) -> list[FeedItem]:
    """Order items by day, time and UID so the same data always gives the same bytes."""
    return sorted(items, key=lambda i: (i.date, i.start or dt.time.min, i.uid))


def build_feed(meta: FeedMeta, items: Iterable[FeedItem], ctx: FeedContext, *, today: dt.date) -> icalendar.Calendar:
    """Return the whole feed: the calendar shell and one VEVENT per item, in a stable order.

    `today` (in the calendar's zone) places the VTIMEZONE of a feed without events.
    """
    ordered = sort_items(items)
    cal = calendar_shell(meta, ctx, ordered, today=today)
    for item in ordered:
        cal.add_component(vevent(item, ctx))
    return cal


# Properties of a VEVENT whose values no other event shares: the Writer need not keep them.
UNSHARED = frozenset({"UID", "DESCRIPTION", "URL"})
# Serialised VEVENTs by (FeedItem, FeedContext), least recently used dropped first.
EVENT_MEMO_SIZE = 50_000
_event_bytes: OrderedDict[tuple[FeedItem, FeedContext], bytes] = OrderedDict()
_event_bytes_lock = threading.Lock()


def clear_memos() -> None:
    """Forget every serialised VEVENT and shared property value (for a build from nothing)."""
    with _event_bytes_lock:
        _event_bytes.clear()
    for cache in (_text_prop, _category_prop, _int_prop, _when_prop):
        cache.cache_clear()


def feed_bytes(meta: FeedMeta, items: Iterable[FeedItem], ctx: FeedContext, *, today: dt.date) -> bytes:
    """Return `build_feed(meta, items, ctx, today=today).to_ical()`, reusing unchanged events.

    An event's bytes depend only on its FeedItem and the context, so each VEVENT is built and
    serialised once and kept (at most EVENT_MEMO_SIZE of them). Serialising goes through
    `serialise.Writer`, which gives icalendar's bytes faster (tests check the equality).
    """
    ordered = sort_items(items)
    writer = serialise.Writer(unshared=UNSHARED)
    shell = writer.to_ical(calendar_shell(meta, ctx, ordered, today=today))
    end = b"END:VCALENDAR\r\n"
    assert shell.endswith(end)
    keys = [(item, ctx) for item in ordered]
    with _event_bytes_lock:
        known = [_event_bytes.get(key) for key in keys]
    built: dict[tuple[FeedItem, FeedContext], bytes] = {}
    for key, data in zip(keys, known, strict=True):
        if data is None and key not in built:
            built[key] = writer.to_ical(vevent(key[0], ctx))
    with _event_bytes_lock:
        for key, data in zip(keys, known, strict=True):
            if data is not None and key in _event_bytes:
                _event_bytes.move_to_end(key)
        _event_bytes.update(built)
        while len(_event_bytes) > EVENT_MEMO_SIZE:
            _event_bytes.popitem(last=False)
    parts = [shell[: -len(end)]]
    parts.extend(data if data is not None else built[key] for key, data in zip(keys, known, strict=True))
    parts.append(end)
    return b"".join(parts)


def row_item(row: Any, ctx: FeedContext, *, agenda: str | None = None,
             changed: dt.datetime | None = None) -> FeedItem | None:
    """Return the FeedItem of one ORM Meeting or Event, reading its body and source document.

    `changed` is when the agenda in its DESCRIPTION last changed, as for `feed_item`.
    """
    from planner.store import Meeting, quoted

    is_meeting = isinstance(row, Meeting)
    body = row.body
    # The words of the latest minutes that changed it (moved, cancelled ...), else of its announcement.
    document, span_start, span_end = quoted(row)
    if is_meeting:
        title, holder, reference = row.title, None, row.reference
    else:
        title, holder, reference = row.title, row.holder, None
    if row.date is None:
        return None
    if is_meeting:
        url = meeting_url(ctx.base_url, row.id)
    else:
        url = event_url(ctx.base_url, row.date, body.slug if body is not None else None)
    sentence = None
    if document is not None and span_start is not None and span_end is not None:
        lo = max(0, span_start - SENTENCE_CONTEXT)
        window = document.text[lo : span_end + SENTENCE_CONTEXT]
        sentence = source_sentence(window, span_start - lo, span_end - lo)
    return feed_item(
        row,
        ctx,
        is_meeting=is_meeting,
        url=url,
        title=title,
        body_name=body.name if body is not None else None,
        holder=holder,
        reference=reference,
        agenda=agenda,
        sentence=sentence,
        changed=changed,
    )


def event_calendar(row: Any, settings: Settings, *, now: dt.datetime, agenda: str | None = None,
                   changed: dt.datetime | None = None) -> icalendar.Calendar:
    """Return a METHOD:PUBLISH calendar holding one meeting or event, with the feed's UID.

    `row` is a stored Meeting or Event (attached to a session); `now` places the VTIMEZONE. `changed`
    is when the agenda in its DESCRIPTION last changed (`calendars.service.agenda_changed`): LAST-MODIFIED
    and DTSTAMP are then those of the same event in the feeds, so a calendar that imports this file and
    also subscribes sees one version, not a newer copy beside the feed's (an attachment stamped with the
    time it was made looked newer than every later version of the feed, and LAST-MODIFIED of the row
    alone older than the feed's). There is no ORGANIZER, so replies cannot go to a no-reply address.
    Raises ValueError for a month-only row, which has no day to put in a calendar.
    """
    ctx = FeedContext.from_settings(settings)
    item = row_item(row, ctx, agenda=agenda, changed=changed)
    if item is None:
        raise ValueError(f"{row.uid}: only the month is known ({row.month}); nothing to put in a calendar")
    meta = FeedMeta(
        name=item.summary,
        description=item.summary,
        source_url="",
        refresh=dt.timedelta(minutes=settings.calendars.refresh_minutes),
        key=f"event-{row.uid}",
    )
    today = now.astimezone(ctx.tz).date()
    cal = calendar_shell(meta, ctx, [item], today=today)
    # A one-off attachment is not a subscription: no refresh interval or calendar name.
    for prop in ("REFRESH-INTERVAL", "X-PUBLISHED-TTL", "NAME", "X-WR-CALNAME", "DESCRIPTION", "X-WR-CALDESC"):
        cal.pop(prop, None)
    cal.add_component(vevent(item, ctx))
    return cal
