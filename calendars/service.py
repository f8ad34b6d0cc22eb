"""Render a scope's feed from the store, and keep rendered feeds until their data changes.

Used by the web view, `planner calendar export` and bench/feeds.py. A rendered feed is keyed by
its scope, window (to the day) and the data version of its rows (count and latest `updated_at`
of meetings, events and carried items), so it is rebuilt only when something it shows changed.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calendars.feeds import FeedContext, feed_bytes
from calendars.scopes import (
    DataVersion,
    Scope,
    ScopeKind,
    Window,
    data_version,
    feed_meta,
    parse_scope,
    select_items,
)
from planner.config import Settings
from planner.errors import PlannerError
from planner.store import Attendance, Body, CarryItem, Event, Meeting, MeetingStatus, Organisation, as_utc


@dataclass(frozen=True, slots=True)
class RenderedFeed:
    """A feed's bytes with what HTTP needs: strong ETags and Last-Modified."""

    body: bytes
    etag: str  # hex digest of `body`; the gzipped variant's ETag adds "-gz"
    last_modified: dt.datetime  # UTC, whole seconds
    events: int
    key: str  # the scope's key, e.g. "organ-kommunalt-forum" (file names)
    # The gzipped body, made on the first request that accepts gzip (a list so the value stays frozen).
    _gzipped: list[bytes] = field(default_factory=list, compare=False, repr=False)

    @property
    def gzipped(self) -> bytes:
        """Return the body gzipped (deterministic: no timestamp), compressing it once."""
        if not self._gzipped:
            self._gzipped.append(gzip.compress(self.body, compresslevel=6, mtime=0))
        return self._gzipped[0]


def feed_url(settings: Settings, scope: Scope) -> str:
    """Return the https URL of a scope's feed."""
    return f"{settings.base_url}/kalender/{scope.path}.ics"


def draft_agendas(session: Session, scope: Scope, window: Window) -> dict[str, str]:
    """Return {meeting uid: agenda text}: each body's next planned meeting with its draft, and every
    planned meeting whose agenda the secretary published with that one."""
    drafts, published = _agendas(session, scope, window)
    return drafts | published


def _agendas(session: Session, scope: Scope, window: Window) -> tuple[dict[str, str], dict[str, str]]:
    """Return the drafts ({meeting uid: text} of each body's next planned meeting) and the published agendas.

    The agenda module is optional (without it descriptions carry no agenda); a body with no
    planned meeting ahead has no draft. A meeting whose agenda the secretary published shows that
    one, not the planner's draft.
    """
    try:
        from planner import agenda
    except ImportError:
        return {}, {}
    query = select(Body).order_by(Body.id)
    if scope.body_ids is not None:
        query = query.where(Body.id.in_(scope.body_ids))
    drafts: dict[str, str] = {}
    for body in session.scalars(query):
        try:
            draft = agenda.draft_next_agenda(session, body, after=window.today - dt.timedelta(days=1))
        except PlannerError:  # no planned meeting ahead
            continue
        if draft.meeting_uid and draft.entries:
            drafts[draft.meeting_uid] = agenda_text(draft)
    published = _published(session, scope)
    return {uid: text for uid, text in drafts.items() if uid not in published}, published


def _published(session: Session, scope: Scope) -> dict[str, str]:
    """Return {meeting uid: text} of the scope's planned meetings whose agenda the secretary published."""
    from planner import agenda

    planned = select(Meeting.id, Meeting.uid).where(Meeting.status == MeetingStatus.PLANNED)
    if scope.body_ids is not None:
        planned = planned.where(Meeting.body_id.in_(scope.body_ids))
    uids: dict[int, str] = {meeting_id: uid for meeting_id, uid in session.execute(planned)}
    return {uids[meeting_id]: published_text(lines)
            for meeting_id, lines in agenda.published_agendas(session, uids).items()}


def agenda_changes(session: Session, scope: Scope, window: Window, published: Collection[str]) -> dict[str, dt.datetime]:
    """Return {meeting uid: when its DESCRIPTION's agenda last changed} where that is later than its row's change.

    A planned meeting's DESCRIPTION carries the planner's draft agenda while it is its body's next
    one, and none before or after (a published agenda, left out here, changes with the row itself).
    The draft is made of other rows than the meeting's: the body's carried items, its deadlines and
    the meetings before it (held, corrected, cancelled, or planned and passed: the draft moves on
    the day after such a one's day). A meeting loses the draft when one before it comes ahead of it
    or when its own day has passed. Calendar clients that update an event only when its LAST-MODIFIED
    has grown (ICSx⁵) kept the old agenda. The times are an upper bound of the change, never earlier.
    """
    zone = ZoneInfo(window.timezone)

    def day_start(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time.min, tzinfo=zone).astimezone(dt.UTC)

    meetings = select(Meeting.body_id, Meeting.uid, Meeting.date, Meeting.status, Meeting.updated_at)
    carried = select(CarryItem.body_id, func.max(CarryItem.updated_at)).group_by(CarryItem.body_id)
    deadlines = select(Event.body_id, func.max(Event.updated_at)).where(Event.kind == "deadline").group_by(Event.body_id)
    removed = select(Body.id, Body.rows_removed_at).where(Body.rows_removed_at.is_not(None))
    if scope.body_ids is not None:
        meetings = meetings.where(Meeting.body_id.in_(scope.body_ids))
        carried = carried.where(CarryItem.body_id.in_(scope.body_ids))
        deadlines = deadlines.where(Event.body_id.in_(scope.body_ids))
        removed = removed.where(Body.id.in_(scope.body_ids))
    by_body: dict[int, list[Any]] = {}
    for row in session.execute(meetings):
        by_body.setdefault(row.body_id, []).append(row)
    others: dict[int, list[dt.datetime]] = {}
    for query in (carried, deadlines, removed):
        for body_id, stamp in session.execute(query):
            if stamp is not None:
                others.setdefault(body_id, []).append(_utc(stamp))
    changes: dict[str, dt.datetime] = {}
    for body_id, rows in by_body.items():
        # The latest change of the meetings before the one at hand, and of those of them ahead; a meeting known by
        # its month only may come before any.
        before = ahead_before = max((_utc(r.updated_at) for r in rows if r.date is None), default=None)
        passed: dt.date | None = None  # the day of the latest planned meeting before it that has passed
        next_found = False
        dated = sorted((r for r in rows if r.date is not None), key=lambda r: r.date)
        for _, same_day in groupby(dated, key=lambda r: r.date):
            group = list(same_day)
            for row in group:
                if row.status != MeetingStatus.PLANNED or row.uid in published:
                    continue
                if row.date < window.today:
                    # Past: it may have carried the draft until its day was over.
                    stamps = [day_start(row.date + dt.timedelta(days=1))]
                elif not next_found:  # the next one: the draft is its own
                    stamps = [*(s for s in (before,) if s is not None), *others.get(body_id, ()),
                              *([day_start(passed + dt.timedelta(days=1))] if passed else [])]
                else:  # a later one: it lost the draft when a meeting ahead of it came before it
                    stamps = [s for s in (ahead_before,) if s is not None]
                latest = max(stamps, default=None)
                if latest is not None and latest > _utc(row.updated_at):
                    changes[row.uid] = latest
            for row in group:
                stamp = _utc(row.updated_at)
                before = max(before, stamp) if before is not None else stamp
                if row.date >= window.today:
                    ahead_before = max(ahead_before, stamp) if ahead_before is not None else stamp
                    next_found = next_found or row.status == MeetingStatus.PLANNED
                elif row.status == MeetingStatus.PLANNED:
                    passed = row.date
    return changes


def agenda_changed(session: Session, row: Meeting | Event, settings: Settings, *, now: dt.datetime
                   ) -> dt.datetime | None:
    """Return when the agenda in a meeting's DESCRIPTION last changed, as its body's feed at `now` dates it
    (`agenda_changes`), or None when that is not later than the row's own change (and for an event).

    The one-meeting .ics (`/mote/<id>.ics`) and the reminder mails' attachment pass it to
    `calendars.feeds.event_calendar`, so that they carry the feed's LAST-MODIFIED and DTSTAMP.
    """
    if not isinstance(row, Meeting) or row.status != MeetingStatus.PLANNED:
        return None
    body = row.body
    scope = Scope(ScopeKind.BODY, body.slug, body.name, (body.id,))
    window = Window.at(now, settings)
    return agenda_changes(session, scope, window, _published(session, scope)).get(row.uid)


def _utc(value: dt.datetime | str) -> dt.datetime:
    # SQLite hands back naive UTC values, and func.max() of a DateTime column as text.
    return as_utc(dt.datetime.fromisoformat(value) if isinstance(value, str) else value)


def agenda_text(draft: Any) -> str:
    """Return a draft agenda as plain Swedish text for a DESCRIPTION (numbered, with provenance)."""
    return _numbered("Utkast till dagordning:", [(e.number, e.title, e.note) for e in draft.entries])


def published_text(lines: list[tuple[str, str | None]]) -> str:
    """Return a published agenda as plain Swedish text for a DESCRIPTION (numbered, with the notes)."""
    return _numbered("Dagordning:", [(n, title, note) for n, (title, note) in enumerate(lines, 1)])


def _numbered(heading: str, entries: list[tuple[int, str, str | None]]) -> str:
    """Return the heading, then "N. title (note)" a line."""
    return "\n".join([heading, *(f"{n}. {title}" + (f" ({note})" if note else "") for n, title, note in entries)])


def render_feed(session: Session, scope: Scope, window: Window, settings: Settings) -> RenderedFeed:
    """Build a scope's feed from the store and return it with its HTTP validators."""
    ctx = FeedContext.from_settings(settings)
    drafts, published = _agendas(session, scope, window)
    changed = agenda_changes(session, scope, window, published)
    items = select_items(session, scope, window, ctx, drafts | published, changed)
    meta = feed_meta(scope, feed_url(settings, scope), settings.calendars.refresh_minutes)
    body = feed_bytes(meta, items, ctx, today=window.today)
    version = data_version(session, scope, window)
    return RenderedFeed(
        body=body,
        etag=hashlib.sha256(body).hexdigest()[:32],
        last_modified=last_modified(version, window),
        events=len(items),
        key=scope.key,
    )


def last_modified(version: DataVersion, window: Window) -> dt.datetime:
    """Return Last-Modified: the latest row change, or the start of today if later.

    What a feed shows also moves with the day (cancelled events leave, the window slides), so a
    feed is never older than today's start; If-None-Match still saves clients that send ETags.
    """
    day_start = dt.datetime.combine(window.today, dt.time.min, tzinfo=ZoneInfo(window.timezone))
    stamps = [day_start.astimezone(dt.UTC)]
    if version.changed is not None:
        stamps.append(version.changed.astimezone(dt.UTC))
    return max(stamps).replace(microsecond=0)


def _table_version(model: Any) -> tuple[Any, ...]:
    """Count, published count and latest change of a table, as scalar subqueries."""
    published = getattr(model, "published", None)
    columns = [select(func.count()).select_from(model).scalar_subquery()]
    if published is not None:
        columns.append(select(func.count()).select_from(model).where(published.is_(True)).scalar_subquery())
    if hasattr(model, "updated_at"):
        columns.append(select(func.max(model.updated_at)).scalar_subquery())
    return tuple(columns)


# One statement, built once (SQLAlchemy caches its compiled form): everything a feed shows.
# A body renamed in place is the one change it misses until the next change or the next day.
_STORE_VERSION = select(
    *_table_version(Meeting), *_table_version(Event), *_table_version(CarryItem),
    *_table_version(Body), *_table_version(Organisation), *_table_version(Attendance),
)


def store_version(session: Session) -> tuple[Any, ...]:
    """Return a cheap fingerprint of the rows feeds are made of (counts and latest changes)."""
    return tuple(session.execute(_STORE_VERSION).one())


class FeedCache:
    """Rendered feeds by (scope, window, store version), at most `maxsize` of them (LRU), thread-safe.

    A feed is rebuilt only after its data changed (any row of the store) or on a new day. The
    store version costs a few table scans, so it is asked at most every `recheck_seconds`: a
    change reaches the feeds within that time (subscribers refresh hourly at best), and a
    cached request is a dict lookup.
    """

    def __init__(self, maxsize: int = 64, recheck_seconds: float = 2.0) -> None:
        self.maxsize = maxsize
        self.recheck_seconds = recheck_seconds
        self._feeds: OrderedDict[tuple[Any, ...], RenderedFeed] = OrderedDict()
        self._lock = threading.Lock()
        self._version: tuple[Any, ...] = ()
        self._checked = -math.inf
        self.builds = 0

    def version(self, session: Session) -> tuple[Any, ...]:
        """Return the store version, asking the database at most every `recheck_seconds`."""
        moment = time.monotonic()
        if moment - self._checked >= self.recheck_seconds:
            self._version = store_version(session)
            self._checked = moment
        return self._version

    def get(self, session: Session, scope_text: str, window: Window, settings: Settings) -> RenderedFeed:
        """Return the feed of `scope_text` (see parse_scope); UnknownScope when it names nothing."""
        key = (scope_text, window, self.version(session), FeedContext.from_settings(settings),
               settings.calendars.refresh_minutes)
        with self._lock:
            feed = self._feeds.get(key)
            if feed is not None:
                self._feeds.move_to_end(key)
                return feed
        # Built outside the lock: two threads may build the same feed once each, never wrongly.
        feed = render_feed(session, parse_scope(session, scope_text), window, settings)
        with self._lock:
            self.builds += 1
            self._feeds[key] = feed
            # Drop older versions of the same scope and window at once, then the least used.
            for old in [k for k in self._feeds if k[:2] == key[:2] and k != key]:
                del self._feeds[old]
            while len(self._feeds) > self.maxsize:
                self._feeds.popitem(last=False)
        return feed
