"""The pure side: when reminders are due, which are sent, and how addresses are normalised."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from notifications.reminders import (
    Sent,
    Subscriber,
    Target,
    change_offset,
    changed_to,
    due_at,
    due_changes,
    due_reminders,
    expires_at,
    named_date,
    offsets_for,
)
from notifications.subscriptions import SubscriptionError, normalise_email
from planner.config import ReminderSettings

TZ = ZoneInfo("Europe/Stockholm")
UTC = dt.UTC
CONFIG = ReminderSettings()
MEETING = Target("m1", "meeting", dt.date(2026, 3, 12), dt.time(9), body_id=1, organisation_id=10)
DEADLINE = Target("d1", "deadline", dt.date(2026, 3, 20), None, body_id=1, organisation_id=10)
CONFIRMED = dt.datetime(2026, 1, 1, tzinfo=UTC)


def sub(n: int, email: str, *, body: int | None = 1, org: int | None = None, offsets=None) -> Subscriber:
    return Subscriber(n, email, body, org, offsets or {}, CONFIRMED)


@pytest.mark.parametrize(("date", "offset", "expected_utc"), [
    (dt.date(2026, 3, 12), 7, dt.datetime(2026, 3, 5, 7, 0, tzinfo=UTC)),  # winter: 08:00 = 07:00 UTC
    (dt.date(2026, 4, 2), 7, dt.datetime(2026, 3, 26, 7, 0, tzinfo=UTC)),
    (dt.date(2026, 4, 2), 3, dt.datetime(2026, 3, 30, 6, 0, tzinfo=UTC)),  # after the DST switch of 29 March
])
def test_due_at_is_send_at_in_stockholm(date, offset, expected_utc):
    assert due_at(date, offset, CONFIG, TZ) == expected_utc


def test_expiry_is_the_start_or_the_end_of_a_deadline_day():
    assert expires_at(MEETING, TZ) == dt.datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    assert expires_at(DEADLINE, TZ) == dt.datetime(2026, 3, 20, 23, 0, tzinfo=UTC)


def test_offsets_per_kind_and_per_subscription():
    assert offsets_for("meeting", CONFIG, {}) == (7, 1)
    assert offsets_for("deadline", CONFIG, {}) == (3,)
    assert offsets_for("conference", CONFIG, {}) == (7,)
    assert offsets_for("meeting", CONFIG, {"meeting": (2,)}) == (2,)
    assert offsets_for("conference", CONFIG, {"other": (14,)}) == (14,)


def test_only_due_and_unrecorded_reminders():
    now = dt.datetime(2026, 3, 5, 7, 0, tzinfo=UTC)
    plan = due_reminders([MEETING, DEADLINE], [sub(1, "a@x.se"), sub(2, "b@x.se", body=2)], set(), now=now,
                         settings=CONFIG, tz=TZ)
    assert [(r.subscription_id, r.uid, r.offset_days) for r in plan.send] == [(1, "m1", 7)]
    assert plan.skip == ()
    again = due_reminders([MEETING], [sub(1, "a@x.se")], {("a@x.se", "m1", 7)}, now=now, settings=CONFIG, tz=TZ)
    assert again.send == () and again.skip == ()


def test_same_address_through_two_scopes_gets_one():
    now = dt.datetime(2026, 3, 5, 7, 0, tzinfo=UTC)
    plan = due_reminders([MEETING], [sub(1, "a@x.se"), sub(2, "a@x.se", body=None, org=10)], set(), now=now,
                         settings=CONFIG, tz=TZ)
    assert [(r.subscription_id, r.offset_days) for r in plan.send] == [(1, 7)]


def test_after_a_long_stop_only_the_nearest_is_sent():
    now = dt.datetime(2026, 3, 11, 12, 0, tzinfo=UTC)
    plan = due_reminders([MEETING], [sub(1, "a@x.se")], set(), now=now, settings=CONFIG, tz=TZ)
    assert [r.offset_days for r in plan.send] == [1]
    assert [r.offset_days for r in plan.skip] == [7]
    late = due_reminders([MEETING], [sub(1, "a@x.se")], set(), now=dt.datetime(2026, 3, 12, 9, tzinfo=UTC),
                         settings=CONFIG, tz=TZ)
    assert late.send == () and sorted(r.offset_days for r in late.skip) == [1, 7]


def test_nothing_due_before_confirmation():
    now = dt.datetime(2026, 3, 6, 7, 0, tzinfo=UTC)
    late_joiner = Subscriber(1, "a@x.se", 1, None, {}, dt.datetime(2026, 3, 6, 6, 0, tzinfo=UTC))
    assert due_reminders([MEETING], [late_joiner], set(), now=now, settings=CONFIG, tz=TZ).send == ()


@pytest.mark.parametrize(("confirmed", "now", "sent"), [
    # Confirmed at noon the day before the meeting: its 1-day reminder (due at 08:00) comes at once.
    (dt.datetime(2026, 3, 11, 11, 0, tzinfo=UTC), dt.datetime(2026, 3, 11, 11, 5, tzinfo=UTC), [1]),
    # Confirmed in the early morning of the meeting day (before it begins at 09:00): still worth a word.
    (dt.datetime(2026, 3, 12, 6, 0, tzinfo=UTC), dt.datetime(2026, 3, 12, 6, 5, tzinfo=UTC), [1]),
    # The meeting has begun: nothing, and nothing recorded for it.
    (dt.datetime(2026, 3, 12, 8, 30, tzinfo=UTC), dt.datetime(2026, 3, 12, 8, 35, tzinfo=UTC), []),
    # Confirmed three days before: the 7-day reminder was due before, the 1-day one is not due yet.
    (dt.datetime(2026, 3, 9, 11, 0, tzinfo=UTC), dt.datetime(2026, 3, 9, 11, 5, tzinfo=UTC), []),
])
def test_the_last_reminder_before_the_event_comes_to_a_late_subscriber(confirmed, now, sent):
    late_joiner = Subscriber(1, "a@x.se", 1, None, {}, confirmed)
    plan = due_reminders([MEETING], [late_joiner], set(), now=now, settings=CONFIG, tz=TZ)
    assert [r.offset_days for r in plan.send] == sent
    assert plan.skip == ()  # the 7-day reminder, due before the subscription, is no skip to record


@pytest.mark.parametrize(("raw", "normalised"), [
    ("  Anna.Berg@Kommun.SE ", "anna.berg@kommun.se"),
    ("per@växjö.se", "per@xn--vxj-qla6g.se"),
    ("x@example.se.", "x@example.se"),
])
def test_normalise_email(raw, normalised):
    assert normalise_email(raw) == normalised


@pytest.mark.parametrize("bad", ["", "anna", "anna@", "@kommun.se", "a b@kommun.se", "a@b@c.se", "a@localhost",
                                 "Anna <anna@kommun.se>"])
def test_malformed_addresses_are_refused(bad):
    with pytest.raises(SubscriptionError):
        normalise_email(bad)


@pytest.mark.parametrize("day", [dt.date(2026, 3, 26), dt.date(1999, 12, 31), dt.date(2100, 1, 1)])
def test_change_offset_encodes_the_new_date_below_every_other_offset(day):
    offset = change_offset(day)
    assert offset < -1  # reminders are >= 0, a cancellation notice is -1
    assert changed_to(offset) == day
    assert named_date(offset, dt.datetime(2026, 1, 1, tzinfo=UTC), TZ) == day


@pytest.mark.parametrize(("offset", "due", "named"), [
    (7, dt.datetime(2026, 3, 5, 7, 0, tzinfo=UTC), dt.date(2026, 3, 12)),
    (1, dt.datetime(2026, 3, 11, 7, 0, tzinfo=UTC), dt.date(2026, 3, 12)),
    (3, dt.datetime(2026, 3, 29, 22, 30, tzinfo=UTC), dt.date(2026, 4, 2)),  # 00:30 local on the 30th
    (0, dt.datetime(2026, 3, 12, 7, 0, tzinfo=UTC), dt.date(2026, 3, 12)),
    (-1, dt.datetime(2026, 3, 12, 7, 0, tzinfo=UTC), None),  # a cancellation notice names no date
])
def test_named_date_of_a_sent_reminder(offset, due, named):
    assert changed_to(offset) is None or offset < -1
    assert named_date(offset, due, TZ) == named


def _sent(sub_id: int, uid: str, named: dt.date, day: int) -> Sent:
    return Sent(sub_id, uid, named, dt.datetime(2026, 3, day, 7, 0, tzinfo=UTC))


def test_change_notice_only_where_the_last_mail_named_another_date():
    moved = Target("m1", "meeting", dt.date(2026, 3, 26), dt.time(9), body_id=1, organisation_id=10)
    now = dt.datetime(2026, 3, 6, 9, 0, tzinfo=UTC)
    sent = [
        _sent(1, "m1", dt.date(2026, 3, 12), 5),  # reminded of the old date: gets a notice
        _sent(2, "m1", dt.date(2026, 3, 12), 5),  # ... then already told of the new date
        _sent(2, "m1", dt.date(2026, 3, 26), 6),
        _sent(3, "m1", dt.date(2026, 3, 12), 5),  # has a reminder due now, which names the new date
        _sent(4, "d1", dt.date(2026, 3, 20), 5),  # the deadline did not move
        _sent(5, "gone", dt.date(2026, 3, 20), 5),  # not remindable any more: no target
    ]
    notices = due_changes([moved, DEADLINE], sent, now=now, tz=TZ, reminding={(3, "m1")})
    assert [(n.subscription_id, n.uid, changed_to(n.offset_days)) for n in notices] == [(1, "m1", moved.date)]
    [notice] = notices
    assert notice.due_at == now and notice.expires_at == expires_at(moved, TZ)
    # Told the new date, then moved back: the last mail counts, not the first.
    back = Target("m1", "meeting", dt.date(2026, 3, 12), dt.time(9), body_id=1, organisation_id=10)
    again = due_changes([back], sent[1:3], now=now, tz=TZ)
    assert [(n.subscription_id, changed_to(n.offset_days)) for n in again] == [(2, dt.date(2026, 3, 12))]


def test_no_change_notice_once_the_event_has_begun():
    moved_earlier = Target("m1", "meeting", dt.date(2026, 3, 6), dt.time(9), body_id=1, organisation_id=10)
    late = dt.datetime(2026, 3, 6, 9, 0, tzinfo=UTC)  # 10:00 local, the meeting began at 09:00
    assert due_changes([moved_earlier], [_sent(1, "m1", dt.date(2026, 3, 12), 5)], now=late, tz=TZ) == []
