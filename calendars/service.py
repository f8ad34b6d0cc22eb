"""Render a scope's feed from the store, and keep rendered feeds until their data changes.

Used by the web view, `planner calendar export` and bench/feeds.py. A rendered feed is keyed by
its scope, window (to the day) and the data version of its rows (count and latest `updated_at`
of meetings, events and carried items), so it is rebuilt only when something it shows changed.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calendars.feeds import FeedContext, feed_bytes
from calendars.scopes import DataVersion, Scope, Window, data_version, feed_meta, select_items
from planner.config import Settings
from planner.errors import PlannerError
from planner.store import Body, CarryItem


@dataclass(frozen=True, slots=True)
class RenderedFeed:
    """A feed's bytes with what HTTP needs: strong ETags and Last-Modified."""

    body: bytes
    gzipped: bytes
    etag: str  # hex digest of `body`; the gzipped variant's ETag adds "-gz"
    last_modified: dt.datetime  # UTC, whole seconds
    events: int


def feed_url(settings: Settings, scope: Scope) -> str:
    """Return the https URL of a scope's feed."""
    return f"{settings.base_url}/kalender/{scope.path}.ics"


def draft_agendas(session: Session, scope: Scope, window: Window) -> dict[str, str]:
    """Return {meeting uid: draft agenda text} for each body's next planned meeting.

    The agenda module is optional (without it descriptions carry no agenda); a body with no
    planned meeting ahead has no draft.
    """
    try:
        from planner import agenda
    except ImportError:
        return {}
    query = select(Body).order_by(Body.id)
    if scope.body_ids is not None:
        query = query.where(Body.id.in_(scope.body_ids))
    found: dict[str, str] = {}
    for body in session.scalars(query):
        try:
            draft = agenda.draft_next_agenda(session, body, after=window.today - dt.timedelta(days=1))
        except PlannerError:  # no planned meeting ahead
            continue
        if draft.meeting_uid and draft.entries:
            found[draft.meeting_uid] = agenda_text(draft)
    return found


def agenda_text(draft: Any) -> str:
    """Return a draft agenda as plain Swedish text for a DESCRIPTION (numbered, with provenance)."""
    lines = ["Utkast till dagordning:"]
    for entry in draft.entries:
        lines.append(f"{entry.number}. {entry.title}" + (f" ({entry.note})" if entry.note else ""))
    return "\n".join(lines)


def carry_version(session: Session, scope: Scope) -> tuple[int, dt.datetime | str | None]:
    """Return the count and latest change of the scope's carried items (draft agendas follow them)."""
    query = select(func.count(CarryItem.id), func.max(CarryItem.updated_at))
    if scope.body_ids is not None:
        query = query.where(CarryItem.body_id.in_(scope.body_ids))
    count, latest = session.execute(query).one()
    return int(count), latest


def render_feed(session: Session, scope: Scope, window: Window, settings: Settings) -> RenderedFeed:
    """Build a scope's feed from the store and return it with its HTTP validators."""
    ctx = FeedContext.from_settings(settings)
    items = select_items(session, scope, window, ctx, draft_agendas(session, scope, window))
    meta = feed_meta(scope, feed_url(settings, scope), settings.calendars.refresh_minutes)
    body = feed_bytes(meta, items, ctx)
    version = data_version(session, scope, window)
    return RenderedFeed(
        body=body,
        gzipped=gzip.compress(body, compresslevel=6, mtime=0),
        etag=hashlib.sha256(body).hexdigest()[:32],
        last_modified=last_modified(version, window),
        events=len(items),
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


class FeedCache:
    """Rendered feeds by (scope, window, data version), at most `maxsize` of them (LRU), thread-safe."""

    def __init__(self, maxsize: int = 64) -> None:
        self.maxsize = maxsize
        self._feeds: OrderedDict[tuple[Any, ...], RenderedFeed] = OrderedDict()
        self._lock = threading.Lock()
        self.builds = 0

    def get(self, session: Session, scope: Scope, window: Window, settings: Settings) -> RenderedFeed:
        """Return the scope's feed, rebuilding it only when its rows changed (or the day did)."""
        key = (scope, window, data_version(session, scope, window), carry_version(session, scope),
               FeedContext.from_settings(settings), settings.calendars.refresh_minutes)
        with self._lock:
            feed = self._feeds.get(key)
            if feed is not None:
                self._feeds.move_to_end(key)
                return feed
        # Built outside the lock: two threads may build the same feed once each, never wrongly.
        feed = render_feed(session, scope, window, settings)
        with self._lock:
            self.builds += 1
            self._feeds[key] = feed
            # Drop older versions of the same scope and window at once, then the least used.
            for old in [k for k in self._feeds if k[:2] == key[:2] and k != key]:
                del self._feeds[old]
            while len(self._feeds) > self.maxsize:
                self._feeds.popitem(last=False)
        return feed
