"""The planner's memory: typed SQLAlchemy 2.0 models of bodies, meetings, items, carry and events.

Models import neither Flask nor parsing code; functions that take a Session live in ingest.py,
agenda.py and the other packages. Every fact keeps the document and the span it came from.
Other packages add their tables to the same `Base.metadata` (notifications.models, planner.webmodels).
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Ids are 32-bit integers on PostgreSQL (Integer primary keys); a larger number cannot name a row, and
# looking it up is an error there ("integer out of range") and on SQLite past 64 bits: check before asking.
MAX_ID = 2**31 - 1
_T = TypeVar("_T")


def utcnow() -> dt.datetime:
    """Return the current time in UTC (default of created/updated columns; code passes `now`)."""
    return dt.datetime.now(dt.UTC)


def as_utc(value: dt.datetime) -> dt.datetime:
    """Return an aware UTC datetime (SQLite hands back naive values that were stored as UTC)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def get_row(session: Session, model: type[_T], row_id: int) -> _T | None:
    """`session.get(model, row_id)`, None for an id no row can have (past MAX_ID or below 1)."""
    return session.get(model, row_id) if 0 < row_id <= MAX_ID else None


# A one-day span whose end is earlier than its start runs past midnight when its start is at least this
# many minutes of the day after its end ("kl. 23.00–01.00", "kl. 20.00–02.00"); a longer "span"
# ("kl. 15.00–09.00") is a slip of the minutes.
PAST_MIDNIGHT_MINUTES = 12 * 60


def runs_past_midnight(start: dt.time, end: dt.time) -> bool:
    """Whether a start and an earlier end of one day are a span over midnight (see PAST_MIDNIGHT_MINUTES)."""
    return end < start and (start.hour - end.hour) * 60 + start.minute - end.minute >= PAST_MIDNIGHT_MINUTES


# Rows whose ids stand in links and API paths (/dokument/N, /api/v1/items/N): SQLite would give a
# deleted row's id again (the highest one, after a withdrawal) unless the table says AUTOINCREMENT, and an
# old link would then show other minutes. PostgreSQL's sequences never give an id twice.
NEVER_REUSED = {"sqlite_autoincrement": True}


def new_uid() -> str:
    """Return a fresh random UID; made once when a row is first stored and kept for life."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class CarryState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"  # handled at a later meeting
    DROPPED = "dropped"  # removed by a secretary, with a reason


class CarryStepKind(StrEnum):
    RAISED = "raised"
    POSTPONED = "postponed"
    RETURNED = "returned"
    ANNOUNCED = "announced"
    HANDLED = "handled"
    NOT_HANDLED = "not_handled"
    DROPPED = "dropped"


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(300))


class Body(Base):
    """A forum: one body whatever the spelling of its name ("Kommunalt forum" = "kommunala forum")."""

    __tablename__ = "body"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    region: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # When a withdrawal last deleted one of its meetings: no remaining row records that change, and
    # the feeds' Last-Modified must still move on (calendars.scopes.data_version).
    rows_removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    organisation: Mapped[Organisation | None] = relationship()
    aliases: Mapped[list[BodyAlias]] = relationship(back_populates="body", cascade="all, delete-orphan")
    meetings: Mapped[list[Meeting]] = relationship(back_populates="body", order_by="Meeting.date")


class BodyAlias(Base):
    """A normalised name under which a body is known (key: lower case, Swedish inflections folded)."""

    __tablename__ = "body_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(300))

    body: Mapped[Body] = relationship(back_populates="aliases")


class Document(Base):
    """A minutes file as ingested: the text every span points into."""

    __tablename__ = "document"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    extraction_json: Mapped[str] = mapped_column(Text)
    extraction_version: Mapped[str] = mapped_column(String(20))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # A corrected version of the same minutes replaces the earlier one (superseded_by set on the old).
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))


class Meeting(Base):
    """A meeting of a body: planned (announced), held (minutes ingested) or cancelled."""

    __tablename__ = "meeting"
    # The agenda draft and ingest look meetings up by body and date or month, and by document.
    __table_args__ = (
        Index("ix_meeting_body_id_date", "body_id", "date"),
        Index("ix_meeting_body_id_month", "body_id", "month"),
        Index("ix_meeting_document_id", "document_id"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True, default=new_uid)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    date: Mapped[dt.date | None] = mapped_column(Date)
    # "YYYY-MM" when only the month is known (date is then null); never an invented day.
    month: Mapped[str | None] = mapped_column(String(7))
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    start: Mapped[dt.time | None] = mapped_column(Time)
    end: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str | None] = mapped_column(String(500))
    online: Mapped[str | None] = mapped_column(String(100))
    reference: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="meeting")  # meeting | workshop
    title: Mapped[str | None] = mapped_column(String(500))
    theme: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.PLANNED)
    tentative: Mapped[bool] = mapped_column(Boolean, default=False)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    # False while the meeting waits for a secretary's review before reaching feeds and reminders.
    published: Mapped[bool] = mapped_column(Boolean, default=True)
    # The minutes of this meeting (when held) and the minutes that announced it.
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    source_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    # The later minutes that last changed it (moved, cancelled, gave its month a day, its time or place) and
    # the span of their words; null while the announcement is the latest word. See `quoted`.
    change_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    change_span_start: Mapped[int | None] = mapped_column(Integer)
    change_span_end: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    body: Mapped[Body] = relationship(back_populates="meetings")
    document: Mapped[Document | None] = relationship(foreign_keys=[document_id])
    source_document: Mapped[Document | None] = relationship(foreign_keys=[source_document_id])
    change_document: Mapped[Document | None] = relationship(foreign_keys=[change_document_id])
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    attendance: Mapped[list[Attendance]] = relationship(back_populates="meeting", cascade="all, delete-orphan")

    @property
    def subject(self) -> str | None:
        """Return what the meeting is about beside its body: its title unless a placeholder, else its theme."""
        title = self.title if self.title not in PLACEHOLDER_TITLES else None
        return title or self.theme


# Titles the extraction gives a meeting that was only announced ("Nästa möte blir ..."): they name no
# subject, and "Nästa möte" is wrong once the meeting has been held.
PLACEHOLDER_TITLES = ("Nästa möte", "Möte")


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("name", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))

    organisation: Mapped[Organisation | None] = relationship()


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (Index("ix_attendance_meeting_id", "meeting_id"), Index("ix_attendance_person_id", "person_id"),
                      NEVER_REUSED)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    present: Mapped[bool] = mapped_column(Boolean)
    # The name as the minutes gave it (or as a secretary added it): the key of the attendee's corrections
    # (planner.attendees), which the Person row cannot be, since a correction may point it at another one.
    read_name: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(200))
    party: Mapped[str | None] = mapped_column(String(10))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship()


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_meeting_id", "meeting_id"), NEVER_REUSED)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="handled")
    target_when: Mapped[str | None] = mapped_column(String(10))
    target_body: Mapped[str | None] = mapped_column(String(300))
    decisions: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship(back_populates="items")


class CarryItem(Base):
    """A matter that belongs on a later agenda of its body, open until handled or dropped."""

    __tablename__ = "carry_item"
    __table_args__ = (Index("ix_carry_item_body_id_state", "body_id", "state"),
                      Index("ix_carry_item_closed_item_id", "closed_item_id"), NEVER_REUSED)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    title: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(20))  # postponed | returns | announced
    # "next", "YYYY-MM", "YYYY-MM-DD" or null, as the minutes said it.
    when: Mapped[str | None] = mapped_column(String(10))
    origin_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    origin_item_number: Mapped[str | None] = mapped_column(String(20))
    # The heading of the item it came from (matched as well as `title` at later meetings).
    origin_title: Mapped[str | None] = mapped_column(Text)
    # The date of the meeting that last put it forward (raised, postponed or returned it).
    last_date: Mapped[dt.date | None] = mapped_column(Date)
    target_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    state: Mapped[str] = mapped_column(String(20), default=CarryState.OPEN)
    times_postponed: Mapped[int] = mapped_column(Integer, default=0)
    # Set when the meeting it was meant for was held without it ("ej behandlad").
    not_handled: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    closed_reason: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    body: Mapped[Body] = relationship()
    origin_meeting: Mapped[Meeting | None] = relationship(foreign_keys=[origin_meeting_id])
    target_meeting: Mapped[Meeting | None] = relationship(foreign_keys=[target_meeting_id])
    steps: Mapped[list[CarryStep]] = relationship(
        back_populates="carry", order_by="CarryStep.id", cascade="all, delete-orphan"
    )


class CarryStep(Base):
    """One step in a carried item's history (raised, postponed, returned, handled ...)."""

    __tablename__ = "carry_step"
    __table_args__ = (Index("ix_carry_step_carry_id", "carry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    carry_id: Mapped[int] = mapped_column(ForeignKey("carry_item.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    item_number: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    carry: Mapped[CarryItem] = relationship(back_populates="steps")
    meeting: Mapped[Meeting | None] = relationship()


class Event(Base):
    """A dated thing that is not a meeting of a body: workshop, conference, trip, deadline, milestone."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_body_id_date", "body_id", "date"), NEVER_REUSED)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True, default=new_uid)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    date: Mapped[dt.date | None] = mapped_column(Date)
    month: Mapped[str | None] = mapped_column(String(7))
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    start: Mapped[dt.time | None] = mapped_column(Time)
    end: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str | None] = mapped_column(String(500))
    online: Mapped[str | None] = mapped_column(String(100))
    theme: Mapped[str | None] = mapped_column(String(500))
    holder: Mapped[str | None] = mapped_column(String(300))  # who holds it, as written
    status: Mapped[str] = mapped_column(String(20), default="planned")  # planned | cancelled
    tentative: Mapped[bool] = mapped_column(Boolean, default=False)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    published: Mapped[bool] = mapped_column(Boolean, default=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    # As Meeting's: the later minutes that last changed it and the span of their words (see `quoted`).
    change_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    change_span_start: Mapped[int | None] = mapped_column(Integer)
    change_span_end: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    body: Mapped[Body | None] = relationship()
    document: Mapped[Document | None] = relationship(foreign_keys=[document_id])
    change_document: Mapped[Document | None] = relationship(foreign_keys=[change_document_id])


def quoted(row: Meeting | Event) -> tuple[Document | None, int | None, int | None]:
    """Return the minutes and span whose words a row's calendar entry, mail and page quote.

    The latest minutes that changed it (moved, cancelled, pinned a month to a day) when any did, else
    those that announced it (a held meeting: its own minutes). `announced_by` and withdrawal keep using
    the announcer.
    """
    if row.change_document_id is not None:
        return row.change_document, row.change_span_start, row.change_span_end
    if isinstance(row, Meeting):
        return row.source_document or row.document, row.span_start, row.span_end
    return row.document, row.span_start, row.span_end
