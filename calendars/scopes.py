"""What a feed's scope selects from the store: "alla", one body, or one organisation.

An organisation's feed holds everything that involves it: the bodies it owns, the bodies its
people attend (anyone of it on an attendance list of a meeting of that body) and events whose
holder is the organisation. Rows reach a feed only when published, dated to the day, inside the
window (from `since`; everything ahead) and, once cancelled, for `cancelled_days` days.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from calendars.feeds import (
    SENTENCE_CONTEXT,
    FeedContext,
    FeedItem,
    FeedMeta,
    clean_text,
    event_url,
    feed_item,
    meeting_url,
    source_sentence,
)
from planner.config import Settings
from planner.errors import PlannerError
from planner.store import (
    Attendance,
    Body,
    CarryItem,
    Document,
    Event,
    Meeting,
    MeetingStatus,
    Organisation,
    Person,
)


class ScopeKind(StrEnum):
    ALL = "alla"
    BODY = "organ"
    ORGANISATION = "organisation"


class UnknownScope(PlannerError):
    """A scope that names no body or organisation."""


@dataclass(frozen=True, slots=True)
class Scope:
    kind: ScopeKind
    slug: str
    name: str
    # Bodies whose meetings and events the feed holds; None means every body (and events of none).
    body_ids: tuple[int, ...] | None
    # An organisation's name, matched against an event's holder.
    holder: str | None = None

    @property
    def path(self) -> str:
        """Return the scope's part of the URL: "alla", "organ/<slug>" or "organisation/<slug>"."""
        return "alla" if self.kind is ScopeKind.ALL else f"{self.kind.value}/{self.slug}"

    @property
    def key(self) -> str:
        return self.path.replace("/", "-")

    def title(self) -> str:
        """Return the Swedish calendar name."""
        return "Alla forum" if self.kind is ScopeKind.ALL else self.name

    def description(self) -> str:
        """Return the Swedish calendar description."""
        if self.kind is ScopeKind.ALL:
            return "Möten, workshoppar, konferenser, resor och sista dagar för alla forum."
        if self.kind is ScopeKind.BODY:
            return f"Möten, workshoppar, konferenser, resor och sista dagar för {self.name}."
        return f"Allt som berör {self.name}: möten i dess forum och där dess företrädare deltar."


@dataclass(frozen=True, slots=True)
class Window:
    """Which rows a feed holds: dated from `since` on; cancelled ones for `cancelled_days` days.

    Everything is to the day (in the calendar's time zone), so a feed only changes from one day to
    the next when its data does not, and a cache can key on the day.
    """

    since: dt.date
    today: dt.date
    cancelled_days: int
    timezone: str = "Europe/Stockholm"

    @classmethod
    def at(cls, now: dt.datetime, settings: Settings, since: dt.date | None = None) -> Window:
        """Return the window of a feed served at `now`; `since` defaults to months_back months ago."""
        cal = settings.calendars
        today = now.astimezone(ZoneInfo(cal.timezone)).date()
        return cls(since or default_since(today, cal.months_back), today, cal.cancelled_days, cal.timezone)

    @property
    def cancelled_after(self) -> dt.datetime:
        """Return the moment before which a cancellation has left the feed (UTC, as stored)."""
        start = dt.datetime.combine(self.today - dt.timedelta(days=self.cancelled_days), dt.time.min)
        return start.replace(tzinfo=ZoneInfo(self.timezone)).astimezone(dt.UTC)


def default_since(today: dt.date, months_back: int) -> dt.date:
    """Return the first day of the default window: the first of the month `months_back` months ago."""
    month_index = today.year * 12 + today.month - 1 - months_back
    year, month = divmod(month_index, 12)
    return dt.date(year, month + 1, 1)


def resolve_scope(session: Session, kind: str, slug: str = "") -> Scope:
    """Return the scope of `kind` ("alla", "organ", "organisation") and `slug`; UnknownScope if none."""
    if kind == ScopeKind.ALL:
        return Scope(ScopeKind.ALL, "alla", "Alla forum", None)
    if kind == ScopeKind.BODY:
        body = session.scalars(select(Body).where(Body.slug == slug)).first()
        if body is None:
            raise UnknownScope(f"no body with slug {slug!r}")
        return Scope(ScopeKind.BODY, body.slug, body.name, (body.id,))
    if kind == ScopeKind.ORGANISATION:
        org = session.scalars(select(Organisation).where(Organisation.slug == slug)).first()
        if org is None:
            raise UnknownScope(f"no organisation with slug {slug!r}")
        return Scope(ScopeKind.ORGANISATION, org.slug, org.name, involved_body_ids(session, org.id), org.name)
    raise UnknownScope(f"unknown scope kind {kind!r} (expected alla, organ or organisation)")


def parse_scope(session: Session, text: str) -> Scope:
    """Return the scope named by "alla", "organ/<slug>", "organisation/<slug>" or a bare slug.

    A bare slug is looked up as a body first, then as an organisation.
    """
    text = text.strip().strip("/").removesuffix(".ics")
    if text == ScopeKind.ALL:
        return resolve_scope(session, ScopeKind.ALL)
    kind, _, slug = text.partition("/")
    if slug:
        return resolve_scope(session, kind, slug)
    for candidate in (ScopeKind.BODY, ScopeKind.ORGANISATION):
        try:
            return resolve_scope(session, candidate, text)
        except UnknownScope:
            continue
    raise UnknownScope(f"no body or organisation with slug {text!r} (or use 'alla')")


def involved_body_ids(session: Session, organisation_id: int) -> tuple[int, ...]:
    """Return the bodies of an organisation and the bodies its people attend."""
    owned = select(Body.id).where(Body.organisation_id == organisation_id)
    attended = (
        select(Meeting.body_id)
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .join(Person, Person.id == Attendance.person_id)
        .where(Person.organisation_id == organisation_id)
    )
    ids = set(session.scalars(owned)) | set(session.scalars(attended))
    return tuple(sorted(ids))


def _window_conditions(model: type[Meeting | Event], window: Window) -> list[ColumnElement[bool]]:
    """Published rows with a day inside the window; cancelled ones only while they are recent."""
    return [
        model.published.is_(True),
        model.date.is_not(None),
        or_(model.date >= window.since, model.end_date >= window.since),
        or_(
            model.status != MeetingStatus.CANCELLED,
            func.coalesce(model.cancelled_at, model.updated_at) >= window.cancelled_after,
        ),
    ]


def _meeting_conditions(scope: Scope, window: Window | None) -> list[ColumnElement[bool]]:
    """The scope's meetings inside the window (every meeting of the scope when `window` is None)."""
    conditions = _window_conditions(Meeting, window) if window is not None else []
    if scope.body_ids is not None:
        conditions.append(Meeting.body_id.in_(scope.body_ids))
    return conditions


def _event_conditions(scope: Scope, window: Window | None) -> list[ColumnElement[bool]]:
    """The scope's events inside the window (every event of the scope when `window` is None)."""
    conditions = _window_conditions(Event, window) if window is not None else []
    if scope.body_ids is not None:
        mine: ColumnElement[bool] = Event.body_id.in_(scope.body_ids)
        if scope.holder:
            mine = or_(mine, func.lower(Event.holder) == scope.holder.lower())
        conditions.append(mine)
    return conditions


def _quoted_span(model: type[Meeting | Event]) -> tuple[Any, Any]:
    """SQL for the span a row's DESCRIPTION quotes: that of the minutes that last changed it, when any did,
    else the announcement's (as `planner.store.quoted`)."""
    changed = model.change_document_id.is_not(None)
    return (case((changed, model.change_span_start), else_=model.span_start).label("span_start"),
            case((changed, model.change_span_end), else_=model.span_end).label("span_end"))


def _window_columns(document: Any, span_start: Any, span_end: Any) -> tuple[Any, Any]:
    """SQL for the text around a span (so whole documents are not loaded) and the span's offset in it."""
    lo = case((span_start > SENTENCE_CONTEXT, span_start - SENTENCE_CONTEXT), else_=0)
    text = func.substr(document.text, lo + 1, span_end - lo + SENTENCE_CONTEXT)
    return text.label("window"), lo.label("window_lo")


def _sentence(row: Any) -> str | None:
    if row.window is None or row.span_start is None or row.span_end is None:
        return None
    return source_sentence(row.window, row.span_start - row.window_lo, row.span_end - row.window_lo)


def select_items(
    session: Session, scope: Scope, window: Window, ctx: FeedContext, agendas: dict[str, str] | None = None,
    changed: dict[str, dt.datetime] | None = None,
) -> list[FeedItem]:
    """Return the FeedItems of a scope's meetings and events inside the window.

    `agendas` maps a meeting's stored uid to its agenda text, `changed` to when that last changed
    where that is after the row's own change (see calendars.service).
    """
    agendas = agendas or {}
    changed = changed or {}
    items: list[FeedItem] = []
    doc = aliased(Document)
    span_start, span_end = _quoted_span(Meeting)
    window_text, window_lo = _window_columns(doc, span_start, span_end)
    meetings = session.execute(
        select(
            Meeting.id, Meeting.uid, Meeting.kind, Meeting.title, Meeting.theme, Meeting.date, Meeting.end_date,
            Meeting.start, Meeting.end, Meeting.venue, Meeting.online, Meeting.reference, Meeting.status,
            Meeting.tentative, Meeting.sequence, Meeting.updated_at, span_start, span_end,
            Body.name.label("body_name"), window_text, window_lo,
        )
        .join(Body, Body.id == Meeting.body_id)
        .outerjoin(doc, doc.id == func.coalesce(Meeting.change_document_id, Meeting.source_document_id,
                                                Meeting.document_id))
        .where(*_meeting_conditions(scope, window))
    )
    for row in meetings:
        item = _meeting_item(row, ctx, agendas.get(row.uid), changed.get(row.uid))
        if item is not None:
            items.append(item)
    doc = aliased(Document)
    span_start, span_end = _quoted_span(Event)
    window_text, window_lo = _window_columns(doc, span_start, span_end)
    events = session.execute(
        select(
            Event.uid, Event.kind, Event.title, Event.theme, Event.holder, Event.date, Event.end_date,
            Event.start, Event.end, Event.venue, Event.online, Event.status, Event.tentative, Event.sequence,
            Event.updated_at, span_start, span_end, Body.name.label("body_name"),
            Body.slug.label("body_slug"), window_text, window_lo,
        )
        .outerjoin(Body, Body.id == Event.body_id)
        .outerjoin(doc, doc.id == func.coalesce(Event.change_document_id, Event.document_id))
        .where(*_event_conditions(scope, window))
    )
    for erow in events:
        item = _event_item(erow, ctx)
        if item is not None:
            items.append(item)
    return items


# A row's FeedItem depends only on the row's selected columns (a hashable SQL row), so a feed
# rebuilt after a change converts only the rows that changed.
@functools.lru_cache(maxsize=50_000)
def _meeting_item(row: Any, ctx: FeedContext, agenda: str | None, changed: dt.datetime | None) -> FeedItem | None:
    return feed_item(
        row, ctx, is_meeting=True, url=meeting_url(ctx.base_url, row.id), title=row.title,
        body_name=row.body_name, reference=row.reference, agenda=agenda, sentence=_sentence(row), changed=changed,
    )


@functools.lru_cache(maxsize=50_000)
def _event_item(row: Any, ctx: FeedContext) -> FeedItem | None:
    if row.date is None:
        return None
    return feed_item(
        row, ctx, is_meeting=False, url=event_url(ctx.base_url, row.date, row.body_slug), title=row.title,
        body_name=row.body_name, holder=row.holder, sentence=_sentence(row),
    )


@dataclass(frozen=True, slots=True)
class DataVersion:
    """What a cached feed depends on: rows in the feed, and the latest change of the scope's rows."""

    meetings: int
    events: int
    changed: dt.datetime | None


def data_version(session: Session, scope: Scope, window: Window) -> DataVersion:
    """Return the count of the feed's rows and the latest change of the scope's rows (cheap).

    The latest change is over every row of the scope, also those the feed does not show: a row
    that left it (unpublished, or dated out of the window by a correction) changed when it left,
    and Last-Modified must move on with it, or If-Modified-Since would keep the copy that has it.
    A meeting a withdrawal deleted left no row: its body's `rows_removed_at` counts instead. The
    body's carried items count too: the next meeting's draft agenda lists the open ones.
    An organisation's bodies include those its people attend, so a body leaves its scope when
    minutes naming them are withdrawn or replaced, and nothing left in the scope changes: its
    latest change is that of every body (a change elsewhere costs a client a 200, never a stale copy).
    """
    m_count = session.scalar(select(func.count(Meeting.id)).where(*_meeting_conditions(scope, window)))
    e_count = session.scalar(select(func.count(Event.id)).where(*_event_conditions(scope, window)))
    changes = scope if scope.kind != ScopeKind.ORGANISATION else resolve_scope(session, ScopeKind.ALL)
    m_max = session.scalar(select(func.max(Meeting.updated_at)).where(*_meeting_conditions(changes, None)))
    e_max = session.scalar(select(func.max(Event.updated_at)).where(*_event_conditions(changes, None)))
    # The draft agenda in the next meeting's DESCRIPTION lists the body's open carried items: one
    # handled or dropped changes the feed while no meeting or event row does.
    carried = select(func.max(CarryItem.updated_at))
    removed = select(func.max(Body.rows_removed_at))
    if changes.body_ids is not None:
        carried = carried.where(CarryItem.body_id.in_(changes.body_ids))
        removed = removed.where(Body.id.in_(changes.body_ids))
    c_max = session.scalar(carried)
    r_max = session.scalar(removed)
    stamps = [_aware(v) for v in (m_max, e_max, c_max, r_max) if v is not None]
    return DataVersion(m_count or 0, e_count or 0, max(stamps) if stamps else None)


def _aware(value: dt.datetime | str) -> dt.datetime:
    # SQLite returns func.max() of a DateTime column as text.
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def feed_meta(scope: Scope, feed_url: str, refresh_minutes: int) -> FeedMeta:
    """Return the calendar-level properties of a scope's feed."""
    return FeedMeta(
        name=clean_text(scope.title()),
        description=clean_text(scope.description()),
        source_url=feed_url,
        refresh=dt.timedelta(minutes=refresh_minutes),
        key=scope.key,
    )


def list_scopes(session: Session) -> Sequence[Scope]:
    """Return every scope there is: alla, each body, each organisation (for index pages)."""
    scopes: list[Scope] = [resolve_scope(session, ScopeKind.ALL)]
    for slug in session.scalars(select(Body.slug).order_by(Body.name)):
        scopes.append(resolve_scope(session, ScopeKind.BODY, slug))
    for slug in session.scalars(select(Organisation.slug).order_by(Organisation.name)):
        scopes.append(resolve_scope(session, ScopeKind.ORGANISATION, slug))
    return scopes
