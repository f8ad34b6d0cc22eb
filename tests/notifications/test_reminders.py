"""The pure side: when reminders are due, which are sent, and how addresses are normalised."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from notifications.reminders import Subscriber, Target, due_at, due_reminders, expires_at, offsets_for
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
