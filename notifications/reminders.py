"""Decide which reminders are due: pure functions from targets, subscribers and `now` to reminders.

Store rows → `Target` and `Subscriber` values (loaded by notifications.outbox) → `due_reminders`
→ outbox rows. Nothing here touches the database, the clock or SMTP.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from planner.config import ReminderSettings

UTC = dt.UTC


@dataclass(frozen=True, slots=True)
class Target:
    """A meeting or event a reminder can be about (only dated, published, not cancelled ones)."""

    uid: str
    kind: str  # meeting | workshop | deadline | conference | ...
    date: dt.date
    start: dt.time | None
    body_id: int | None
    organisation_id: int | None


@dataclass(frozen=True, slots=True)
class Subscriber:
    """An active, confirmed subscription as the planner sees it."""

    id: int
    email: str
    body_id: int | None  # scope: a body, an organisation, or both None for "all"
    organisation_id: int | None
    offsets: Mapping[str, tuple[int, ...]]  # per-kind override of [reminders]
    confirmed_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Reminder:
    subscription_id: int
    email: str
    uid: str
    offset_days: int
    due_at: dt.datetime  # UTC
    expires_at: dt.datetime  # UTC: not useful after this


@dataclass(frozen=True, slots=True)
class Plan:
    """What the outbox should gain: reminders to send, and ones missed for good (to log as skipped)."""

    send: tuple[Reminder, ...]
    skip: tuple[Reminder, ...]


def parse_offsets(text: str | None) -> dict[str, tuple[int, ...]]:
    """Read a subscription's stored offsets JSON ({"meeting": [7, 1]}); empty when null."""
    if not text:
        return {}
    raw = json.loads(text)
    return {str(kind): tuple(int(d) for d in days) for kind, days in raw.items()}


def format_offsets(offsets: Mapping[str, Iterable[int]]) -> str | None:
    """Store per-kind offsets as JSON (None when there is no override)."""
    if not offsets:
        return None
    return json.dumps({kind: sorted({int(d) for d in days}, reverse=True) for kind, days in offsets.items()},
                      sort_keys=True)


def offsets_for(kind: str, settings: ReminderSettings, override: Mapping[str, tuple[int, ...]]) -> tuple[int, ...]:
    """Return the days before an event of `kind` to remind at: the subscription's, else config's."""
    if kind in override:
        return override[kind]
    # A subscription overriding "other" covers every kind without a table of its own.
    if kind not in ("meeting", "workshop", "deadline") and "other" in override:
        return override["other"]
    return settings.days_for(kind)


def send_time(settings: ReminderSettings) -> dt.time:
    hours, minutes = settings.send_at.split(":")
    return dt.time(int(hours), int(minutes))


def due_at(date: dt.date, offset_days: int, settings: ReminderSettings, tz: ZoneInfo) -> dt.datetime:
    """Return when the reminder `offset_days` before `date` is due: send_at local time, in UTC."""
    local = dt.datetime.combine(date - dt.timedelta(days=offset_days), send_time(settings), tzinfo=tz)
    return local.astimezone(UTC)


# A notice that an event got a new date has an outbox offset below this one that encodes the new
# date (reminders use whole days >= 0, a cancellation notice -1), so that an event moved twice
# gets two notices while the outbox key (subscription, uid, offset) stays unique.
CHANGE_OFFSET_BASE = -2


def change_offset(new_date: dt.date) -> int:
    """Return the outbox offset of the notice that an event moved to `new_date`."""
    return CHANGE_OFFSET_BASE - new_date.toordinal()


def changed_to(offset_days: int) -> dt.date | None:
    """Return the new date a change notice's offset encodes, or None for any other offset."""
    if offset_days > CHANGE_OFFSET_BASE:
        return None
    return dt.date.fromordinal(CHANGE_OFFSET_BASE - offset_days)


def named_date(offset_days: int, due: dt.datetime, tz: ZoneInfo) -> dt.date | None:
    """Return the date a sent mail named: a change notice's new date, or a reminder's day plus its
    offset (its due time is recorded and moves with the event until it is sent); None otherwise."""
    moved_to = changed_to(offset_days)
    if moved_to is not None:
        return moved_to
    if offset_days < 0:
        return None
    return due.astimezone(tz).date() + dt.timedelta(days=offset_days)


@dataclass(frozen=True, slots=True)
class Sent:
    """A reminder or change notice the outbox has sent: to whom, about what, naming which date."""

    subscription_id: int
    uid: str
    named: dt.date
    sent_at: dt.datetime


def last_named(sent: Iterable[Sent]) -> dict[tuple[int, str], Sent]:
    """Return, per (subscription, uid), the last mail sent: the date the subscriber was last told."""
    last: dict[tuple[int, str], Sent] = {}
    for s in sent:
        key = (s.subscription_id, s.uid)
        if key not in last or s.sent_at >= last[key].sent_at:
            last[key] = s
    return last


def due_changes(targets: Iterable[Target], sent: Iterable[Sent], *, now: dt.datetime, tz: ZoneInfo,
                reminding: Iterable[tuple[int, str]] = ()) -> list[Reminder]:
    """Return a change notice for each subscription whose last mail about a target named another
    date than the target has now (it moved after the reminder went out), while it is still ahead.

    `reminding` holds the (subscription, uid) pairs with a reminder due now: it names the new date
    (and carries the updated .ics), so no notice is added beside it.
    """
    by_uid = {t.uid: t for t in targets}
    busy = set(reminding)
    notices: list[Reminder] = []
    for (subscription_id, uid), s in sorted(last_named(sent).items()):
        target = by_uid.get(uid)
        if target is None or s.named == target.date or (subscription_id, uid) in busy:
            continue
        expiry = expires_at(target, tz)
        if now < expiry:
            notices.append(Reminder(subscription_id, "", uid, change_offset(target.date), now, expiry))
    return notices


def expires_at(target: Target, tz: ZoneInfo) -> dt.datetime:
    """Return the moment a reminder stops being useful: the start, or the end of a deadline's day."""
    if target.kind == "deadline":
        return dt.datetime.combine(target.date + dt.timedelta(days=1), dt.time(0), tzinfo=tz).astimezone(UTC)
    return dt.datetime.combine(target.date, target.start or dt.time(0), tzinfo=tz).astimezone(UTC)


def covers(subscriber: Subscriber, target: Target) -> bool:
    """Tell whether a subscription's scope includes the target."""
    if subscriber.body_id is not None:
        return target.body_id == subscriber.body_id
    if subscriber.organisation_id is not None:
        return target.organisation_id == subscriber.organisation_id
    return True


def due_reminders(
    targets: Iterable[Target],
    subscribers: Iterable[Subscriber],
    recorded: set[tuple[str, str, int]],
    *,
    now: dt.datetime,
    settings: ReminderSettings,
    tz: ZoneInfo,
) -> Plan:
    """Return the reminders due at `now` that the outbox does not hold yet.

    `recorded` holds (email, uid, offset) keys already in the outbox, so an address subscribed
    through two scopes gets one mail. Of several due offsets for one event only the nearest is
    sent (a worker down for a week sends the 1-day reminder, not the 7-day one too); the others
    are skipped, as are reminders whose event has begun. Of the reminders due before the
    subscription was confirmed only the last one before the event comes (confirmed at noon the day
    before a meeting: its 1-day reminder, at once); the earlier ones are not sent at all.
    """
    subscribers = list(subscribers)
    send: list[Reminder] = []
    skip: list[Reminder] = []
    for target in targets:
        expiry = expires_at(target, tz)
        chosen: dict[str, list[Reminder]] = {}
        due: dict[int, dt.datetime] = {}  # offset -> due time, computed once per target
        for sub in subscribers:
            if not covers(sub, target):
                continue
            offsets = offsets_for(target.kind, settings, sub.offsets)
            last = min(offsets, default=None)  # the last reminder before the event
            for offset in offsets:
                when = due.get(offset)
                if when is None:
                    when = due[offset] = due_at(target.date, offset, settings, tz)
                if when > now:
                    continue
                if when < sub.confirmed_at and (offset != last or now >= expiry):
                    continue  # due before the subscription began; only the last one before the event still comes
                if (sub.email, target.uid, offset) in recorded:
                    continue
                mine = chosen.setdefault(sub.email, [])
                if any(r.offset_days == offset for r in mine):
                    continue  # the same address through another scope
                mine.append(Reminder(sub.id, sub.email, target.uid, offset, when, expiry))
        for email, reminders in chosen.items():
            reminders.sort(key=lambda r: r.offset_days)
            nearest, older = reminders[0], reminders[1:]
            sent_nearer = any(
                (email, target.uid, o) in recorded for o in range(nearest.offset_days)
            )
            if now >= expiry or sent_nearer:
                skip.extend(reminders)
            else:
                send.append(nearest)
                skip.extend(older)
    return Plan(tuple(send), tuple(skip))
