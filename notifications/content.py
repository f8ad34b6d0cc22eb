"""Read what a reminder says from the store: the meeting or event, its draft agenda and its .ics.

Store rows → `Target` (for notifications.reminders) and `TargetContent` (for notifications.mail).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from notifications.mail import AgendaLine, TargetContent
from notifications.reminders import Target
from planner.config import Settings
from planner.store import Event, Meeting, MeetingStatus

Row = Meeting | Event


def find_target(session: Session, uid: str) -> Row | None:
    """Return the meeting or event with this uid."""
    meeting = session.scalars(select(Meeting).where(Meeting.uid == uid)).first()
    if meeting is not None:
        return meeting
    return session.scalars(select(Event).where(Event.uid == uid)).first()


def is_cancelled(row: Row) -> bool:
    return row.status == MeetingStatus.CANCELLED


def is_remindable(row: Row) -> bool:
    """Tell whether reminders may be sent about a row: dated, published and not cancelled or held."""
    return row.date is not None and row.published and row.status == MeetingStatus.PLANNED


def target_of(row: Row) -> Target | None:
    """Return the reminder view of a row (None for a month-only date)."""
    if row.date is None:
        return None
    body = row.body
    kind = row.kind
    return Target(uid=row.uid, kind=kind or "meeting", date=row.date, start=row.start,
                  body_id=row.body_id, organisation_id=body.organisation_id if body is not None else None)


def what_of(row: Row) -> str:
    """Return the Swedish name of a meeting or event: a meeting's body, with its theme when there is one.

    A meeting is named as the feeds name it (calendars.feeds.summary_of): the titles minutes give meetings
    are the phrases around their dates ("Nästa möte", "Ett extra möte om budgeten hålls kl. 13.00 i ...",
    "Forumet (Höstens möten hålls den 17 september och)"), which said another day than the mail's.
    """
    if isinstance(row, Meeting):
        name = row.body.name
        extra = row.theme
        if row.kind == "workshop":
            return f"Workshop: {extra or name}" if extra else f"Workshop, {name}"
        return f"{name}: {extra}" if extra and extra != name else name
    return row.title


def page_url(row: Row, settings: Settings) -> str:
    """Return the web page of a meeting or event (the links the feeds use)."""
    from calendars.feeds import event_url, meeting_url

    if isinstance(row, Meeting):
        return meeting_url(settings.base_url, row.id)
    assert row.date is not None
    return event_url(settings.base_url, row.date, row.body.slug if row.body is not None else None)


def agenda_lines(session: Session, meeting: Meeting) -> tuple[tuple[AgendaLine, ...], bool]:
    """Return the agenda of a coming meeting and whether it is the published one: the agenda the secretary
    published, else the planner's draft (planner.agenda), each carried item with its origin."""
    # Imported here: planner.agenda brings the extraction package, which the worker needs only
    # once it renders a meeting's reminder.
    from planner.agenda import draft_agenda_for_meeting, published_agendas

    published = published_agendas(session, [meeting.id]).get(meeting.id)
    if published is not None:
        return tuple(AgendaLine(number=str(n), title=title, origin=note)
                     for n, (title, note) in enumerate(published, 1)), True
    agenda = draft_agenda_for_meeting(session, meeting)
    return tuple(AgendaLine(number=str(e.number), title=e.title, origin=e.note) for e in agenda.entries), False


def agenda_text(lines: tuple[AgendaLine, ...]) -> str | None:
    if not lines:
        return None
    return "\n".join(f"{a.number}. {a.title}" + (f" ({a.origin})" if a.origin else "") for a in lines)


def build_content(session: Session, row: Row, settings: Settings, *, now: dt.datetime) -> TargetContent:
    """Return what reminders about `row` say, with its one-event calendar attached."""
    from calendars.feeds import event_calendar  # icalendar: loaded when the first mail is built
    from calendars.service import agenda_changed

    assert row.date is not None
    # A meeting held as a workshop is still the body's meeting, with its carried items (as in the feeds).
    agenda, published = agenda_lines(session, row) if isinstance(row, Meeting) else ((), False)
    # The feeds' LAST-MODIFIED and DTSTAMP: a subscriber who imports the attachment sees one version.
    calendar = event_calendar(row, settings, now=now, agenda=agenda_text(agenda),
                              changed=agenda_changed(session, row, settings, now=now))
    due_text = None
    if isinstance(row, Event) and row.kind == "deadline":
        due_text = "\n".join(p for p in (row.theme, f"Ansvarig: {row.holder}" if row.holder else None) if p) or None
    is_meeting = isinstance(row, Meeting)
    return TargetContent(
        uid=row.uid,
        kind=(row.kind or "meeting"),
        what=what_of(row),
        date=row.date,
        end_date=row.end_date,
        start=row.start,
        end=row.end,
        venue=row.venue,
        online=row.online,
        page_url=page_url(row, settings),
        agenda=agenda,
        agenda_published=published,
        due_text=due_text,
        ics=calendar.to_ical(),
        ics_filename="mote.ics" if is_meeting else "handelse.ics",
    )


def local_zone(settings: Settings) -> ZoneInfo:
    return ZoneInfo(settings.calendars.timezone)
