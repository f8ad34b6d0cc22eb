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
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.message import Message

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from notifications.content import Row, build_content, find_target, is_cancelled, is_remindable, target_of
from notifications.mail import (
    Letter,
    Mailer,
    SendError,
    TargetContent,
    render_cancellation,
    render_change,
    render_reminder,
    unsubscribe_mailto,
)
from notifications.models import OutboxKind, OutboxStatus, Subscription, SubscriptionStatus
from notifications.outbox import (
    Claim,
    claim_next,
    finish,
    postpone,
    previous_date,
    retry_later,
    settings_zone,
)
from notifications.reminders import changed_to, due_at, expires_at
from notifications.subscriptions import scope_name, unsubscribe_signer, unsubscribe_token, unsubscribe_url
from planner.config import Settings
from planner.store import as_utc

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
    # The repeat window as measured: from the server's reply to the committed "sent", in seconds.
    window_total: float = 0.0
    window_max: float = 0.0


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def default_lease(settings: Settings) -> dt.timedelta:
    """Return how long a SQLite worker holds a row: long enough for the slowest SMTP exchange."""
    return dt.timedelta(seconds=3 * settings.mail.timeout_seconds + 10)


@dataclass(frozen=True, slots=True)
class Recipient:
    """What sending needs of a subscription (read fresh for every message)."""

    id: int
    email: str
    status: str
    token: str
    bounce_count: int
    scope_name: str


class _Run:
    """What one sending run reads once: event contents (agenda, .ics), scope names, the link signer."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.signer = unsubscribe_signer(settings)
        self._contents: dict[str, tuple[Row | None, TargetContent | None]] = {}
        self._names: dict[tuple[int | None, int | None], str] = {}

    def content(self, session: Session, uid: str, now: dt.datetime) -> tuple[Row | None, TargetContent | None]:
        if uid not in self._contents:
            row = find_target(session, uid)
            content = build_content(session, row, self.settings, now=now) if row is not None and row.date else None
            self._contents[uid] = (row, content)
        return self._contents[uid]

    def recipient(self, session: Session, subscription_id: int) -> Recipient | None:
        found = session.connection().execute(
            select(Subscription.id, Subscription.email, Subscription.status, Subscription.token,
                   Subscription.bounce_count, Subscription.body_id, Subscription.organisation_id)
            .where(Subscription.id == subscription_id)
        ).first()
        if found is None:
            return None
        key = (found.body_id, found.organisation_id)
        if key not in self._names:
            self._names[key] = scope_name(session.get(Subscription, subscription_id))  # type: ignore[arg-type]
        return Recipient(found.id, found.email, found.status, found.token, found.bounce_count, self._names[key])

    def letter(self, who: Recipient, claim: Claim, now: dt.datetime) -> Letter:
        token = unsubscribe_token(self.settings, who, self.signer)
        return Letter(to=who.email, message_id=claim.message_id, now=now, scope_name=who.scope_name,
                      unsubscribe_url=unsubscribe_url(self.settings, who, self.signer),
                      unsubscribe_mailto=unsubscribe_mailto(self.settings, token))


def _skip(session: Session, claim: Claim, now: dt.datetime, reason: str) -> None:
    log.warning("skipped %s %s (%d) to subscription %d: %s", claim.kind, claim.target_uid, claim.offset_days,
                claim.subscription_id, reason)
    finish(session, claim, status=OutboxStatus.SKIPPED, now=now, error=reason)


def _compose(session: Session, claim: Claim, run: _Run, now: dt.datetime) -> tuple[Message, Recipient] | None:
    """Return the mail of a claimed row, or None after recording why it is not sent (or not yet)."""
    settings = run.settings
    who = run.recipient(session, claim.subscription_id)
    if who is None or who.status != SubscriptionStatus.ACTIVE:
        _skip(session, claim, now, f"subscription is {who.status if who else 'gone'}")
        return None
    if now >= claim.expires_at:
        _skip(session, claim, now, f"too late: the event began at {claim.expires_at.isoformat()}")
        return None
    target, content = run.content(session, claim.target_uid, now)
    if target is None or content is None:
        _skip(session, claim, now, "event gone or without a day")
        return None
    if claim.kind == OutboxKind.CANCELLATION:
        return render_cancellation(content, run.letter(who, claim, now), settings), who
    if not is_remindable(target):
        _skip(session, claim, now, "event cancelled" if is_cancelled(target) else "event not remindable")
        return None
    view = target_of(target)
    assert view is not None
    if claim.kind == OutboxKind.CHANGE:
        if changed_to(claim.offset_days) != view.date:  # moved again: the next plan queues a new notice
            _skip(session, claim, now, "event moved again")
            return None
        previous = previous_date(session, claim.subscription_id, claim.target_uid, before=view.date,
                                 settings=settings)
        return render_change(content, run.letter(who, claim, now), settings, previous=previous), who
    tz = settings_zone(settings)
    due = due_at(view.date, claim.offset_days, settings.reminders, tz)
    if due > now:  # moved later since it was queued: wait for the new date
        postpone(session, claim, due=due, expiry=expires_at(view, tz))
        return None
    return render_reminder(content, run.letter(who, claim, now), settings), who


def _record_failure(session: Session, claim: Claim, who: Recipient, err: SendError, now: dt.datetime) -> bool:
    """Record a refused send; return True when it was permanent."""
    if not err.permanent:
        when = retry_later(session, claim, now=now, error=str(err))
        if err.server:
            log.warning("mail server refused to send (%s): mails wait and are tried again from %s", err,
                        when.isoformat())
        else:
            log.info("will retry %s after %s: %s", claim.message_id, when.isoformat(), err)
        return False
    log.warning("mail %s to subscription %d refused for good: %s", claim.message_id, who.id, err)
    finish(session, claim, status=OutboxStatus.FAILED, now=now, error=str(err))
    conn = session.connection()
    conn.execute(update(Subscription).where(Subscription.id == who.id)
                 .values(bounce_count=Subscription.bounce_count + 1))
    bounces = conn.execute(select(Subscription.bounce_count).where(Subscription.id == who.id)).scalar_one()
    if bounces >= BOUNCE_LIMIT:
        conn.execute(update(Subscription).where(Subscription.id == who.id,
                                                Subscription.status == SubscriptionStatus.ACTIVE)
                     .values(status=SubscriptionStatus.BOUNCING))
        log.warning("subscription %d (%s) is bouncing after %d permanent failures", who.id, who.email, bounces)
    session.commit()
    return True


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
    to reach the server at all, or its refusal of our session or sender (no use trying the next
    row), or after `limit` sends.
    """
    worker = worker or worker_name()
    lease = lease or default_lease(settings)
    stats = SendStats()
    run = _Run(settings)
    with factory() as session:
        while limit is None or stats.sent < limit:
            now = as_utc(clock())
            claim = claim_next(session, now=now, worker=worker, lease=lease)
            if claim is None:
                session.rollback()
                break
            composed = _compose(session, claim, run, now)
            if composed is None:
                stats.skipped += 1
                continue
            msg, who = composed
            try:
                mailer.send(msg)
                accepted = time.perf_counter()
            except SendError as err:
                if _record_failure(session, claim, who, err, now):
                    stats.failed += 1
                else:
                    stats.retried += 1
                    if err.code is None or err.server:  # unreachable, or refusing us: try again next tick
                        break
                continue
            # The window: the server has accepted the message, the row is not yet marked sent.
            finish(session, claim, status=OutboxStatus.SENT, now=now)
            window = time.perf_counter() - accepted
            stats.window_total += window
            stats.window_max = max(stats.window_max, window)
            stats.sent += 1
            stats.sent_ids.append(claim.message_id)
            if who.bounce_count:  # a success ends a run of permanent failures
                session.connection().execute(update(Subscription).where(Subscription.id == who.id)
                                             .values(bounce_count=0))
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
        total.window_total += r.window_total
        total.window_max = max(total.window_max, r.window_max)
    return total
