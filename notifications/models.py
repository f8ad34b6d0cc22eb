"""Tables of the notifications package: subscriptions, the outbox, and APScheduler's job table.

They live on the shared `planner.store.Base.metadata`, so the Alembic migration 0002 creates
them and `tests/test_migrations.py` checks they agree with it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Unicode,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.store import Base, Body, Organisation, utcnow

# Offset of a cancellation notice in the outbox key (reminders use whole days >= 0).
CANCELLATION_OFFSET = -1


class SubscriptionStatus(StrEnum):
    PENDING = "pending"  # waiting for the confirmation link (double opt-in)
    ACTIVE = "active"
    UNSUBSCRIBED = "unsubscribed"
    BOUNCING = "bouncing"  # three permanent SMTP failures in a row


class OutboxStatus(StrEnum):
    PENDING = "pending"  # to be sent when not_before has come
    SENT = "sent"  # the SMTP server accepted it
    FAILED = "failed"  # permanent (5xx) failure
    SKIPPED = "skipped"  # no longer useful (the event began), or the subscription ended


class OutboxKind(StrEnum):
    REMINDER = "reminder"
    CANCELLATION = "cancellation"
    CHANGE = "change"  # the event got a new date after the recipient was reminded of it


class Subscription(Base):
    """An email address subscribed to a body, an organisation or everything ("all")."""

    __tablename__ = "subscription"
    __table_args__ = (UniqueConstraint("email", "scope"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Normalised by notifications.subscriptions.normalise_email.
    email: Mapped[str] = mapped_column(String(320), index=True)
    # "body:<slug>", "organisation:<slug>" or "all".
    scope: Mapped[str] = mapped_column(String(220))
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default=SubscriptionStatus.PENDING)
    # Random secret inside every signed link; replacing it voids all links sent so far.
    token: Mapped[str] = mapped_column(String(64))
    # JSON {"meeting": [7, 1], "deadline": [3]}: overrides [reminders] per kind; null = config.
    offsets: Mapped[str | None] = mapped_column(Text)
    bounce_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    unsubscribed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # When a confirmation or unsubscribe-links mail, which anyone may ask for in the public forms, last
    # went to this address about this subscription (notifications.subscriptions: at most so many a while).
    mailed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    body: Mapped[Body | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()


class OutboxMessage(Base):
    """One mail to one subscriber about one event, recorded (with its Message-ID) before sending."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("subscription_id", "target_uid", "offset_days"),
        # id last: claims take rows in (not_before, id) order straight from the index.
        Index("ix_outbox_status_not_before", "status", "not_before", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id", ondelete="CASCADE"))
    # Meeting.uid or Event.uid (the feed's UID), and days before; CANCELLATION_OFFSET or
    # notifications.reminders.change_offset(new date) for a notice.
    target_uid: Mapped[str] = mapped_column(String(255))
    offset_days: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default=OutboxKind.REMINDER)
    # Fixed when the row is written, before any attempt: a repeat after a crash has the same id.
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    status: Mapped[str] = mapped_column(String(20), default=OutboxStatus.PENDING)
    due_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # Not sent after this moment (the start of the event): skipped and logged instead.
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # Earliest next attempt: due_at at first, later moved by retry backoff or a rescheduled event.
    not_before: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # SQLite has no row locks: a worker leases a row before sending (PostgreSQL locks it instead).
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    leased_by: Mapped[str | None] = mapped_column(String(100))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    subscription: Mapped[Subscription] = relationship()


class SchedulerJob(Base):
    """APScheduler 3's SQLAlchemyJobStore table, declared here so Alembic owns the schema.

    Columns and types are those of apscheduler.jobstores.sqlalchemy (which then finds the table
    and does not create it).
    """

    __tablename__ = "apscheduler_jobs"

    id: Mapped[str] = mapped_column(Unicode(191), primary_key=True)
    next_run_time: Mapped[float | None] = mapped_column(Float(25), index=True)
    job_state: Mapped[bytes] = mapped_column(LargeBinary)
