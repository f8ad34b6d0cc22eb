"""Send what the outbox holds: claim one row, render it, hand it to SMTP, record the outcome.

The order is what keeps a repeat rare: the row (and its Message-ID) is written before any attempt,
and the outcome is committed right after the server's reply, with nothing in between. A worker
killed in that instant leaves a claimed row that is sent again, under the same Message-ID.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.message import Message

from sqlalchemy.orm import Session, sessionmaker

from notifications.content import Row, build_content, find_target, is_cancelled, is_remindable, target_of, utc
from notifications.mail import (
    Letter,
    Mailer,
    SendError,
    TargetContent,
    render_cancellation,
    render_reminder,
    unsubscribe_mailto,
)
from notifications.models import OutboxKind, OutboxMessage, OutboxStatus, Subscription, SubscriptionStatus
from notifications.outbox import claim_next, finish, postpone, retry_later, settings_zone
from notifications.reminders import due_at, expires_at
from notifications.subscriptions import scope_name, unsubscribe_token, unsubscribe_url
from planner.config import Settings

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
BOUNCE_LIMIT = 3


@dataclass(slots=True)
class SendStats:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0
    sent_ids: list[str] = field(default_factory=list)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def default_lease(settings: Settings) -> dt.timedelta:
    """Return how long a SQLite worker holds a row: long enough for the slowest SMTP exchange."""
    return dt.timedelta(seconds=3 * settings.mail.timeout_seconds + 10)


class _Contents:
    """Content per event for one run (agenda and .ics are built once, not once per recipient)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._cache: dict[str, tuple[Row | None, TargetContent | None]] = {}

    def get(self, session: Session, uid: str, now: dt.datetime) -> tuple[Row | None, TargetContent | None]:
        if uid not in self._cache:
            row = find_target(session, uid)
            content = build_content(session, row, self.settings, now=now) if row is not None and row.date else None
            self._cache[uid] = (row, content)
        return self._cache[uid]


def _letter(sub: Subscription, row: OutboxMessage, settings: Settings, now: dt.datetime) -> Letter:
    token = unsubscribe_token(settings, sub)
    return Letter(to=sub.email, message_id=row.message_id, now=now, scope_name=scope_name(sub),
                  unsubscribe_url=unsubscribe_url(settings, sub), unsubscribe_mailto=unsubscribe_mailto(settings, token))


def _skip(session: Session, row: OutboxMessage, now: dt.datetime, reason: str) -> None:
    log.warning("skipped %s %s (%d) to subscription %d: %s", row.kind, row.target_uid, row.offset_days,
                row.subscription_id, reason)
    finish(session, row, status=OutboxStatus.SKIPPED, now=now, error=reason)


def _compose(session: Session, row: OutboxMessage, contents: _Contents, settings: Settings,
             now: dt.datetime) -> Message | None:
    """Return the mail of a claimed row, or None after recording why it is not sent (or not yet)."""
    sub = session.get(Subscription, row.subscription_id)
    if sub is None or sub.status != SubscriptionStatus.ACTIVE:
        _skip(session, row, now, f"subscription is {sub.status if sub else 'gone'}")
        return None
    if now >= utc(row.expires_at):
        _skip(session, row, now, f"too late: the event began at {utc(row.expires_at).isoformat()}")
        return None
    target, content = contents.get(session, row.target_uid, now)
    if target is None or content is None:
        _skip(session, row, now, "event gone or without a day")
        return None
    if row.kind == OutboxKind.CANCELLATION:
        return render_cancellation(content, _letter(sub, row, settings, now), settings)
    if not is_remindable(target):
        _skip(session, row, now, "event cancelled" if is_cancelled(target) else "event not remindable")
        return None
    view = target_of(target)
    assert view is not None
    tz = settings_zone(settings)
    due = due_at(view.date, row.offset_days, settings.reminders, tz)
    if due > now:  # moved later since it was queued: wait for the new date
        postpone(session, row, due=due, expiry=expires_at(view, tz))
        return None
    return render_reminder(content, _letter(sub, row, settings, now), settings)


def _record_failure(session: Session, row: OutboxMessage, err: SendError, now: dt.datetime) -> bool:
    """Record a refused send; return True when it was permanent."""
    sub = session.get(Subscription, row.subscription_id)
    if err.permanent:
        finish(session, row, status=OutboxStatus.FAILED, now=now, error=str(err))
        if sub is not None:
            sub.bounce_count += 1
            if sub.bounce_count >= BOUNCE_LIMIT and sub.status == SubscriptionStatus.ACTIVE:
                sub.status = SubscriptionStatus.BOUNCING
                log.warning("subscription %d (%s) is bouncing after %d permanent failures", sub.id, sub.email,
                            sub.bounce_count)
            session.commit()
        return True
    when = retry_later(session, row, now=now, error=str(err))
    log.info("will retry %s after %s: %s", row.message_id, when.isoformat(), err)
    return False


def send_due(
    factory: sessionmaker[Session],
    mailer: Mailer,
    *,
    clock: Clock,
    settings: Settings,
    worker: str | None = None,
    lease: dt.timedelta | None = None,
    limit: int | None = None,
) -> SendStats:
    """Send every outbox row due by `clock()`, one at a time; return what happened.

    `clock` is asked again for each row (a long run stays on time). Stops early after a failure
    to reach the server at all (no use trying the next row), or after `limit` sends.
    """
    worker = worker or worker_name()
    lease = lease or default_lease(settings)
    stats = SendStats()
    contents = _Contents(settings)
    with factory() as session:
        while limit is None or stats.sent < limit:
            now = utc(clock())
            row = claim_next(session, now=now, worker=worker, lease=lease)
            if row is None:
                session.rollback()
                break
            msg = _compose(session, row, contents, settings, now)
            if msg is None:
                stats.skipped += 1
                continue
            try:
                mailer.send(msg)
            except SendError as err:
                if _record_failure(session, row, err, now):
                    stats.failed += 1
                else:
                    stats.retried += 1
                    if err.code is None:  # the server cannot be reached: try again next tick
                        break
                continue
            # The window: the server has accepted the message, the row is not yet marked sent.
            finish(session, row, status=OutboxStatus.SENT, now=now)
            stats.sent += 1
            stats.sent_ids.append(row.message_id)
            sub = session.get(Subscription, row.subscription_id)
            if sub is not None and sub.bounce_count:
                sub.bounce_count = 0
                session.commit()
    return stats


def send_due_parallel(
    factory: sessionmaker[Session],
    mailers: Sequence[Mailer],
    *,
    clock: Clock,
    settings: Settings,
    worker: str | None = None,
    lease: dt.timedelta | None = None,
    limit: int | None = None,
) -> SendStats:
    """Run `send_due` on one thread per mailer (each its own SMTP connection and session).

    The claims keep threads apart just as they keep worker processes apart; the threads overlap
    the round trips of one message's SMTP exchange with the others'.
    """
    if len(mailers) == 1:
        return send_due(factory, mailers[0], clock=clock, settings=settings, worker=worker, lease=lease, limit=limit)
    share = None if limit is None else -(-limit // len(mailers))
    with ThreadPoolExecutor(max_workers=len(mailers), thread_name_prefix="send") as pool:
        futures = [pool.submit(send_due, factory, m, clock=clock, settings=settings, worker=worker, lease=lease,
                               limit=share) for m in mailers]
        results = [f.result() for f in futures]
    total = SendStats()
    for r in results:
        total.sent += r.sent
        total.retried += r.retried
        total.failed += r.failed
        total.skipped += r.skipped
        total.sent_ids.extend(r.sent_ids)
    return total
