"""An address that ended the subscription its reminder came through, keeping another that covers the
meeting, was never told that the meeting was cancelled or moved.

An address subscribed to a body and to "alla" gets one reminder per meeting, under one of the two.
When it ended that one (the link in the reminder: "Du får inga fler påminnelser från Kommunalt forum")
and kept "alla", the cancellation notice and the new-date notice were only queued for the
subscription the reminder went through, which was no longer active: the address, still subscribed
to the meeting through "alla", came to a cancelled meeting or on the old date. The notices now go
through the address's subscription that is active and covers the meeting, naming the date its last
mail gave.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from notifications.models import OutboxMessage, Subscription
from notifications.subscriptions import unsubscribe, unsubscribe_token
from tests.notifications.conftest import at, confirmed_subscription
from tests.notifications.test_send import tick


def _reminded_under(session, smtp_settings, session_factory, mailer, recorder):
    confirmed_subscription(session, "anna@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    confirmed_subscription(session, "anna@kommun.se", "all", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    assert [m["Subject"] for m in recorder.messages()] == [
        "Påminnelse: Kommunalt forum om en vecka (torsdag 12 mars 2026)"
    ]
    [row] = session.scalars(select(OutboxMessage)).all()
    # The address ends the subscription the reminder came through, with the reminder's own link.
    through = session.get(Subscription, row.subscription_id)
    assert unsubscribe(
        session, unsubscribe_token(smtp_settings, through), now=at(2026, 3, 5, 9), settings=smtp_settings
    )
    [kept] = session.scalars(select(Subscription).where(Subscription.status == "active")).all()
    return kept


def test_cancellation_reaches_the_subscription_kept(
    session, session_factory, world, smtp_server, smtp_settings, mailer
):
    recorder, _ = smtp_server
    kept = _reminded_under(session, smtp_settings, session_factory, mailer, recorder)
    world.meeting.status = "cancelled"
    world.meeting.sequence += 1
    session.commit()
    planned, _ = tick(session_factory, mailer, smtp_settings, at(2026, 3, 7, 10))
    assert planned.cancellations == 1
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 8, 10))  # once
    subjects = [m["Subject"] for m in recorder.messages()]
    assert subjects[1:] == ["INSTÄLLT: Kommunalt forum torsdag 12 mars 2026"]
    notice = recorder.messages()[1]
    assert notice["To"] == "anna@kommun.se"
    assert (
        f"/notifications/unsubscribe/{unsubscribe_token(smtp_settings, kept)}" in notice["List-Unsubscribe"]
    )


def test_new_date_reaches_the_subscription_kept(
    session, session_factory, world, smtp_server, smtp_settings, mailer
):
    recorder, _ = smtp_server
    _reminded_under(session, smtp_settings, session_factory, mailer, recorder)
    world.meeting.date = dt.date(2026, 3, 26)
    world.meeting.sequence += 1
    session.commit()
    planned, _ = tick(session_factory, mailer, smtp_settings, at(2026, 3, 6, 10))
    assert planned.changes == 1
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 7, 10))  # once
    [_, notice] = recorder.messages()
    assert notice["Subject"] == "NYTT DATUM: Kommunalt forum torsdag 26 mars 2026"
    assert "har flyttats från torsdag 12 mars 2026" in notice.get_body(("plain",)).get_content()


def test_an_address_that_ended_every_subscription_is_told_nothing(
    session, session_factory, world, smtp_server, smtp_settings, mailer
):
    recorder, _ = smtp_server
    kept = _reminded_under(session, smtp_settings, session_factory, mailer, recorder)
    unsubscribe(
        session, unsubscribe_token(smtp_settings, kept), now=at(2026, 3, 5, 10), settings=smtp_settings
    )
    world.meeting.status = "cancelled"
    session.commit()
    planned, _ = tick(session_factory, mailer, smtp_settings, at(2026, 3, 7, 10))
    assert planned.cancellations == 0 and len(recorder.received) == 1
