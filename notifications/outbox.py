"""The outbox: record each due mail (with its Message-ID) before sending, and claim rows to send.

`plan_outbox` turns the store into outbox rows: due reminders (through the pure
`due_reminders`), rows moved when their event moved, rows dropped when their event was cancelled,
cancellation notices for those already reminded, and notices of the new date for those reminded
of an event that then moved. `claim_next` hands one row to one worker:
on PostgreSQL by `SELECT ... FOR UPDATE SKIP LOCKED` (the lock lasts until the send is recorded,
and dies with a killed worker's connection), on SQLite by a lease column.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from notifications.content import Row, target_of
from notifications.mail import new_message_id
from notifications.models import (
    CANCELLATION_OFFSET,
    OutboxKind,
    OutboxMessage,
    OutboxStatus,
    Subscription,
    SubscriptionStatus,
)
from notifications.reminders import (
    Plan,
    Reminder,
    Sent,
    Subscriber,
    Target,
    changed_to,
    covers,
    due_at,
    due_changes,
    due_reminders,
    expires_at,
    last_named,
    named_date,
    offsets_for,
    parse_offsets,
)
from planner.config import Settings
from planner.store import Event, Meeting, MeetingStatus, as_utc

log = logging.getLogger(__name__)

# How far back a tick looks for reminders it missed (to send if still useful, or log as skipped).
LOOKBACK_DAYS = 31
INSERT_CHUNK = 1000
MODELS: tuple[type[Meeting | Event], ...] = (Meeting, Event)


@dataclass(frozen=True, slots=True)
class PlanStats:
    queued: int
    skipped: int
    moved: int
    dropped: int
    cancellations: int
    changes: int = 0
    again: int = 0  # last reminders put back after a notice of a later date


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def load_subscribers(session: Session) -> list[Subscriber]:
    """Return the active, confirmed subscriptions."""
    rows = session.execute(
        select(Subscription.id, Subscription.email, Subscription.body_id, Subscription.organisation_id,
               Subscription.offsets, Subscription.confirmed_at)
        .where(Subscription.status == SubscriptionStatus.ACTIVE, Subscription.confirmed_at.is_not(None))
    ).all()
    return [Subscriber(r.id, r.email, r.body_id, r.organisation_id, parse_offsets(r.offsets), as_utc(r.confirmed_at))
            for r in rows]


def load_targets(session: Session, *, now: dt.datetime, settings: Settings,
                 subscribers: Sequence[Subscriber]) -> list[Target]:
    """Return the remindable meetings and events whose reminders may be due around `now`."""
    widest = max([0, *(d for kind in ("meeting", "workshop", "deadline", "other")
                       for d in settings.reminders.days_for(kind))] +
                 [d for s in subscribers for days in s.offsets.values() for d in days])
    today = now.date()
    first, last = today - dt.timedelta(days=LOOKBACK_DAYS), today + dt.timedelta(days=widest + 1)
    targets: list[Target] = []
    for model in MODELS:
        rows = session.scalars(
            select(model).where(model.date.is_not(None), model.date >= first, model.date <= last,
                                model.published.is_(True), model.status == MeetingStatus.PLANNED)
        ).all()
        targets.extend(t for t in (target_of(cast(Row, r)) for r in rows) if t is not None)
    return targets


def load_targets_by_uid(session: Session, uids: Iterable[str]) -> list[Target]:
    """Return the remindable meetings and events among these uids."""
    uid_list = list(uids)
    targets: list[Target] = []
    for i in range(0, len(uid_list), 500):
        for model in MODELS:
            rows = session.scalars(
                select(model).where(model.uid.in_(uid_list[i : i + 500]), model.date.is_not(None),
                                    model.published.is_(True), model.status == MeetingStatus.PLANNED)
            ).all()
            targets.extend(t for t in (target_of(cast(Row, r)) for r in rows) if t is not None)
    return targets


def recorded_keys(session: Session, uids: Iterable[str]) -> set[tuple[str, str, int]]:
    """Return the (email, uid, offset) keys the outbox already holds for these targets."""
    keys: set[tuple[str, str, int]] = set()
    uid_list = list(uids)
    for i in range(0, len(uid_list), 500):
        rows = session.execute(
            select(Subscription.email, OutboxMessage.target_uid, OutboxMessage.offset_days)
            .join(Subscription, Subscription.id == OutboxMessage.subscription_id)
            .where(OutboxMessage.target_uid.in_(uid_list[i : i + 500]))
        ).all()
        keys.update((r.email, r.target_uid, r.offset_days) for r in rows)
    return keys


def _insert_ignoring_duplicates(session: Session, values: list[dict[str, Any]]) -> int:
    """Insert outbox rows; a row another worker wrote first (same key) is left as it is."""
    if not values:
        return 0
    dialect = postgresql if is_postgres(session) else sqlite
    # The same order in every worker: concurrent inserts of one key wait for each other, never deadlock.
    values = sorted(values, key=lambda v: (v["subscription_id"], v["target_uid"], v["offset_days"]))
    written = 0
    # RETURNING counts the rows written: a driver's rowcount of a many-row insert is not reliable.
    stmt = dialect.insert(OutboxMessage).on_conflict_do_nothing(
        index_elements=["subscription_id", "target_uid", "offset_days"]).returning(OutboxMessage.id)
    for i in range(0, len(values), INSERT_CHUNK):
        written += len(session.connection().execute(stmt, values[i : i + INSERT_CHUNK]).all())
    return written


def _row(r: Reminder, *, status: OutboxStatus, kind: OutboxKind, now: dt.datetime, settings: Settings,
         error: str | None = None) -> dict[str, Any]:
    return {"subscription_id": r.subscription_id, "target_uid": r.uid, "offset_days": r.offset_days, "kind": kind,
            "message_id": new_message_id(settings), "status": status, "due_at": r.due_at, "expires_at": r.expires_at,
            "not_before": r.due_at, "attempts": 0, "created_at": now, "last_error": error}


def queue_reminders(session: Session, plan: Plan, *, now: dt.datetime, settings: Settings) -> tuple[int, int]:
    """Write the plan's reminders as pending rows and its missed ones as skipped rows (logged)."""
    rows = [_row(r, status=OutboxStatus.PENDING, kind=OutboxKind.REMINDER, now=now, settings=settings)
            for r in plan.send]
    for r in plan.skip:
        reason = "event began" if now >= r.expires_at else "a nearer reminder is due"
        log.warning("skipped reminder %d days before %s to subscription %d (due %s): %s",
                    r.offset_days, r.uid, r.subscription_id, r.due_at.isoformat(), reason)
        rows.append(_row(r, status=OutboxStatus.SKIPPED, kind=OutboxKind.REMINDER, now=now, settings=settings,
                         error=f"missed: {reason}"))
    _insert_ignoring_duplicates(session, rows)
    return len(plan.send), len(plan.skip)


def move_pending(session: Session, targets: Sequence[Target], *, now: dt.datetime, settings: Settings) -> tuple[int, int]:
    """Follow moved events with their pending reminders; drop those of cancelled or vanished events.

    A row is only touched while pending (never sent), so a concurrent sender either sends it first
    (PostgreSQL: the update waits for its lock, then finds it sent) or finds it moved.
    """
    tz = settings_zone(settings)
    by_uid = {t.uid: t for t in targets}
    rows = session.execute(
        select(OutboxMessage.id, OutboxMessage.target_uid, OutboxMessage.offset_days, OutboxMessage.due_at)
        .where(OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.kind == OutboxKind.REMINDER)
        .order_by(OutboxMessage.id)  # rows are locked in id order by every worker
    ).all()
    missing = {r.target_uid for r in rows} - by_uid.keys()
    if missing:  # moved beyond the window around now: still follow them
        by_uid.update((t.uid, t) for t in load_targets_by_uid(session, missing))
    moved = dropped = 0
    gone: list[int] = []
    for r in rows:
        target = by_uid.get(r.target_uid)
        if target is None:
            gone.append(r.id)
            continue
        new_due = due_at(target.date, r.offset_days, settings.reminders, tz)
        if new_due != as_utc(r.due_at):
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == r.id, OutboxMessage.status == OutboxStatus.PENDING)
                .values(due_at=new_due, not_before=new_due, expires_at=expires_at(target, tz))
            )
            moved += 1
    if gone:
        # Cancelled, unpublished, held, undated or deleted: never sent, so deleting is safe (and lets
        # it be queued again should the event come back).
        for i in range(0, len(gone), 500):
            result = session.execute(
                delete(OutboxMessage).where(OutboxMessage.id.in_(gone[i : i + 500]),
                                            OutboxMessage.status == OutboxStatus.PENDING)
            )
            dropped += max(result.rowcount or 0, 0)  # type: ignore[attr-defined]
    return moved, dropped


def notified_under(session: Session, told: Iterable[tuple[int, Target]]) -> dict[tuple[int, str], int]:
    """Return, per (subscription, target uid) that was mailed about a target, the active subscription to
    mail its notices under: the same one while active, else another active one of the same address that
    covers the target (an address ending its body's subscription but keeping "all" still follows the
    meetings it was reminded of). Pairs with no such subscription are left out.
    """
    told = list(told)
    if not told:
        return {}
    ids = sorted({sub_id for sub_id, _ in told})
    emails: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        emails.update((r.id, r.email) for r in session.execute(
            select(Subscription.id, Subscription.email).where(Subscription.id.in_(ids[i : i + 500]))))
    active: dict[str, list[Subscriber]] = {}
    for sub in load_subscribers(session):
        active.setdefault(sub.email, []).append(sub)
    chosen: dict[tuple[int, str], int] = {}
    for sub_id, target in told:
        mine = sorted(active.get(emails.get(sub_id, ""), []), key=lambda s: (s.id != sub_id, s.id))
        found = next((s.id for s in mine if covers(s, target)), None)
        if found is not None:
            chosen[(sub_id, target.uid)] = found
    return chosen


def queue_cancellations(session: Session, *, now: dt.datetime, settings: Settings) -> int:
    """Queue a cancellation notice for every subscription already reminded of a cancelled event (or told its
    new date: the reminder itself may be waiting to be sent again, see `rearm_last_reminders`)."""
    tz = settings_zone(settings)
    today = now.astimezone(tz).date()
    told: list[tuple[int, Target]] = []
    for model in MODELS:
        rows = session.execute(
            select(OutboxMessage.subscription_id, model)
            .join(model, model.uid == OutboxMessage.target_uid)
            .where(model.status == MeetingStatus.CANCELLED, model.date >= today,
                   OutboxMessage.kind.in_((OutboxKind.REMINDER, OutboxKind.CHANGE)),
                   OutboxMessage.status == OutboxStatus.SENT)
            .distinct()
        ).all()
        for sub_id, found in rows:
            target = target_of(cast(Row, found))
            if target is not None and now < expires_at(target, tz):
                told.append((sub_id, target))
    under = notified_under(session, told)
    values: list[dict[str, Any]] = []
    queued: set[tuple[int, str]] = set()
    for sub_id, target in told:
        notify = under.get((sub_id, target.uid))
        if notify is None or (notify, target.uid) in queued:
            continue
        queued.add((notify, target.uid))
        reminder = Reminder(notify, "", target.uid, CANCELLATION_OFFSET, now, expires_at(target, tz))
        values.append(_row(reminder, status=OutboxStatus.PENDING, kind=OutboxKind.CANCELLATION, now=now,
                           settings=settings))
    return _insert_ignoring_duplicates(session, values)


def queue_changes(session: Session, *, now: dt.datetime, settings: Settings) -> int:
    """Queue a notice of the new date for every subscription reminded of an event that then moved.

    The date a subscriber was last told is read from the mails sent to them about the event (a
    reminder names its day, a change notice its new date); an event moved again gets a new notice.
    """
    tz = settings_zone(settings)
    today = now.astimezone(tz).date()
    sent: list[Sent] = []
    for model in MODELS:
        rows = session.execute(
            select(OutboxMessage.subscription_id, OutboxMessage.target_uid, OutboxMessage.offset_days,
                   OutboxMessage.due_at, OutboxMessage.sent_at)
            .join(model, model.uid == OutboxMessage.target_uid)
            .where(model.status == MeetingStatus.PLANNED, model.published.is_(True), model.date >= today,
                   OutboxMessage.kind.in_((OutboxKind.REMINDER, OutboxKind.CHANGE)),
                   OutboxMessage.status == OutboxStatus.SENT)
        ).all()
        for r in rows:
            named = named_date(r.offset_days, as_utc(r.due_at), tz)
            if named is not None:
                sent.append(Sent(r.subscription_id, r.target_uid, named, as_utc(r.sent_at or r.due_at)))
    if not sent:
        return 0
    uids = {s.uid for s in sent}
    targets = load_targets_by_uid(session, uids)
    by_uid = {t.uid: t for t in targets}
    # What an address was told under a subscription it ended counts for the one it keeps.
    under = notified_under(session, {(s.subscription_id, by_uid[s.uid]) for s in sent if s.uid in by_uid})
    sent = [Sent(under[(s.subscription_id, s.uid)], s.uid, s.named, s.sent_at)
            for s in sent if (s.subscription_id, s.uid) in under]
    reminding = {(r.subscription_id, r.target_uid) for r in session.execute(
        select(OutboxMessage.subscription_id, OutboxMessage.target_uid)
        .where(OutboxMessage.kind == OutboxKind.REMINDER, OutboxMessage.status == OutboxStatus.PENDING,
               OutboxMessage.due_at <= now, OutboxMessage.target_uid.in_(uids))
    )}
    values = [_row(n, status=OutboxStatus.PENDING, kind=OutboxKind.CHANGE, now=now, settings=settings)
              for n in due_changes(targets, sent, now=now, tz=tz, reminding=reminding)]
    return _insert_ignoring_duplicates(session, values)


def rearm_last_reminders(session: Session, *, now: dt.datetime, settings: Settings,
                         subscribers: Sequence[Subscriber]) -> int:
    """Send the last reminder before an event again when the event moved to a later day after it went out.

    The outbox holds one reminder per (subscription, event, days before): the last one before the
    event, spent on the old day, never came before the new one (a deadline extended after its only
    reminder passed weeks after the notice without a word). Once the notice of the new date has been
    sent under the subscription, that reminder's row is pending again, with a new Message-ID (the
    first one was delivered), due before the new day while that is ahead. The earlier reminders are
    not sent again: the notice told the subscriber in good time. Returns how many were put back.
    """
    tz = settings_zone(settings)
    today = now.astimezone(tz).date()
    by_id = {s.id: s for s in subscribers}
    rearmed = 0
    for model in MODELS:
        notices = session.execute(
            select(OutboxMessage.subscription_id, OutboxMessage.offset_days, model)
            .join(model, model.uid == OutboxMessage.target_uid)
            .where(model.status == MeetingStatus.PLANNED, model.published.is_(True), model.date >= today,
                   OutboxMessage.kind == OutboxKind.CHANGE, OutboxMessage.status == OutboxStatus.SENT)
        ).all()
        for sub_id, offset, row in notices:
            target = target_of(cast(Row, row))
            sub = by_id.get(sub_id)
            if target is None or changed_to(offset) != target.date or sub is None or not covers(sub, target):
                continue  # a notice of a date the event has left again: the next one is queued first
            last = min(offsets_for(target.kind, settings.reminders, sub.offsets), default=None)
            if last is None:
                continue
            due = due_at(target.date, last, settings.reminders, tz)
            if due <= now:
                continue
            spent = session.execute(
                select(OutboxMessage.id, OutboxMessage.due_at)
                .where(OutboxMessage.subscription_id == sub_id, OutboxMessage.target_uid == target.uid,
                       OutboxMessage.offset_days == last, OutboxMessage.kind == OutboxKind.REMINDER,
                       OutboxMessage.status == OutboxStatus.SENT)
            ).first()
            if spent is None or named_date(last, as_utc(spent.due_at), tz) == target.date:
                continue
            session.execute(
                update(OutboxMessage).where(OutboxMessage.id == spent.id, OutboxMessage.status == OutboxStatus.SENT)
                .values(status=OutboxStatus.PENDING, due_at=due, not_before=due, expires_at=expires_at(target, tz),
                        message_id=new_message_id(settings), sent_at=None, attempts=0, last_error=None,
                        lease_until=None, leased_by=None)
            )
            rearmed += 1
    return rearmed


def previous_date(session: Session, subscription_id: int, uid: str, *, before: dt.date,
                  settings: Settings) -> dt.date | None:
    """Return the last date other than `before` that mails to this subscription's address named for `uid`."""
    tz = settings_zone(settings)
    # Mails to the address under any of its subscriptions (notified_under may have moved the notice).
    address = select(Subscription.email).where(Subscription.id == subscription_id).scalar_subquery()
    rows = session.execute(
        select(OutboxMessage.offset_days, OutboxMessage.due_at, OutboxMessage.sent_at)
        .join(Subscription, Subscription.id == OutboxMessage.subscription_id)
        .where(Subscription.email == address, OutboxMessage.target_uid == uid,
               OutboxMessage.status == OutboxStatus.SENT)
    ).all()
    sent = [Sent(subscription_id, uid, named, as_utc(r.sent_at or r.due_at))
            for r in rows if (named := named_date(r.offset_days, as_utc(r.due_at), tz)) not in (None, before)]
    last = last_named(sent).get((subscription_id, uid))
    return last.named if last else None


def plan_outbox(session: Session, *, now: dt.datetime, settings: Settings) -> PlanStats:
    """Bring the outbox up to date with the store at `now`, and commit."""
    now = as_utc(now)
    subscribers = load_subscribers(session)
    targets = load_targets(session, now=now, settings=settings, subscribers=subscribers)
    moved, dropped = move_pending(session, targets, now=now, settings=settings)
    queued = skipped = 0
    for target in targets:  # one event at a time: memory stays that of one event's subscribers
        recorded = recorded_keys(session, [target.uid])
        plan = due_reminders([target], subscribers, recorded, now=now, settings=settings.reminders,
                             tz=settings_zone(settings))
        sent, missed = queue_reminders(session, plan, now=now, settings=settings)
        queued, skipped = queued + sent, skipped + missed
    cancellations = queue_cancellations(session, now=now, settings=settings)
    changes = queue_changes(session, now=now, settings=settings)
    again = rearm_last_reminders(session, now=now, settings=settings, subscribers=subscribers)
    session.commit()
    return PlanStats(queued, skipped, moved, dropped, cancellations, changes, again)


def settings_zone(settings: Settings) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(settings.calendars.timezone)


# ---------------------------------------------------------------------------
# Claiming (Core statements: one message costs a handful of short statements)


@dataclass(frozen=True, slots=True)
class Claim:
    """An outbox row taken by this worker for one attempt."""

    id: int
    subscription_id: int
    target_uid: str
    offset_days: int
    kind: str
    message_id: str
    expires_at: dt.datetime
    attempts: int


_CLAIM_COLUMNS = (OutboxMessage.id, OutboxMessage.subscription_id, OutboxMessage.target_uid,
                  OutboxMessage.offset_days, OutboxMessage.kind, OutboxMessage.message_id,
                  OutboxMessage.expires_at, OutboxMessage.attempts)


def _claimable(now: dt.datetime) -> Any:
    return and_(OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.not_before <= now)


def claim_next(session: Session, *, now: dt.datetime, worker: str, lease: dt.timedelta) -> Claim | None:
    """Take the next due row for this worker, or None when nothing is due.

    PostgreSQL: the row stays locked in the session's open transaction until the caller commits
    the outcome; other workers skip it, and a killed worker's lock goes with its connection.
    SQLite: the row is leased to `worker` until now + lease (committed at once).
    """
    now = as_utc(now)
    conn = session.connection()
    if is_postgres(session):
        found = conn.execute(
            select(*_CLAIM_COLUMNS).where(_claimable(now)).order_by(OutboxMessage.not_before, OutboxMessage.id)
            .limit(1).with_for_update(skip_locked=True)
        ).first()
    else:
        free = or_(OutboxMessage.lease_until.is_(None), OutboxMessage.lease_until <= now)
        pick = (select(OutboxMessage.id).where(_claimable(now), free)
                .order_by(OutboxMessage.not_before, OutboxMessage.id).limit(1).scalar_subquery())
        found = conn.execute(
            update(OutboxMessage).where(OutboxMessage.id == pick, _claimable(now), free)
            .values(lease_until=now + lease, leased_by=worker).returning(*_CLAIM_COLUMNS)
        ).first()
        session.commit()
    if found is None:
        return None
    return Claim(found.id, found.subscription_id, found.target_uid, found.offset_days, found.kind,
                 found.message_id, as_utc(found.expires_at), found.attempts)


def _set(session: Session, claim: Claim, **values: Any) -> None:
    session.connection().execute(update(OutboxMessage).where(OutboxMessage.id == claim.id)
                                 .values(lease_until=None, **values))
    session.commit()


def finish(session: Session, claim: Claim, *, status: OutboxStatus, now: dt.datetime,
           error: str | None = None) -> None:
    """Record the outcome of one row (sent, failed, skipped) and commit at once."""
    attempted = status in (OutboxStatus.SENT, OutboxStatus.FAILED)
    _set(session, claim, status=status, attempts=claim.attempts + (1 if attempted else 0), last_error=error,
         sent_at=as_utc(now) if status == OutboxStatus.SENT else None)


def retry_later(session: Session, claim: Claim, *, now: dt.datetime, error: str) -> dt.datetime:
    """Put a row back for another attempt after a backoff (1, 2, 4 ... minutes, at most an hour)."""
    attempts = claim.attempts + 1
    when = as_utc(now) + dt.timedelta(minutes=min(2 ** (attempts - 1), 60))
    _set(session, claim, attempts=attempts, not_before=when, last_error=error)
    return when


def postpone(session: Session, claim: Claim, *, due: dt.datetime, expiry: dt.datetime) -> None:
    """Move a claimed row to a later due time (its event moved since it was queued)."""
    _set(session, claim, due_at=due, not_before=due, expires_at=expiry)
