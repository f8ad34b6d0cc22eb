"""A mail server that refused our sender or wanted a login failed the reminders for good and made the
subscribers bounce.

Every 5xx reply was taken for a refusal of the recipient: a server answering MAIL FROM with
"530 Authentication required" ([mail] user not set) or "553 sender not allowed" ([mail] sender
wrong) marked each reminder failed (never tried again) and counted a bounce against each subscriber,
so after three such mails every subscriber was "bouncing" and got nothing more until subscribing
again, for a fault in our own settings. The worker did not say why either ("failed 1"). Such a
refusal is now the server's: the mail waits and is tried again with the backoff, the run stops at
the first one, a warning names the cause, and once the settings are right the reminder goes out.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from notifications.models import OutboxMessage, Subscription
from notifications.send import BOUNCE_LIMIT
from tests.notifications.conftest import Recorder, at, confirmed_subscription, free_port
from tests.notifications.test_send import tick


@dataclass
class Refusing(Recorder):
    """The test server, answering MAIL FROM or RCPT TO with a given reply while one is queued."""

    mail_replies: deque[str] = field(default_factory=deque)
    rcpt_replies: deque[str] = field(default_factory=deque)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if self.mail_replies:
            return self.mail_replies.popleft()
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if self.rcpt_replies:
            return self.rcpt_replies.popleft()
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)


@pytest.fixture
def refusing(settings):
    recorder = Refusing()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield (
            recorder,
            settings.replace(
                mail={"backend": "smtp", "host": "127.0.0.1", "port": port, "timeout_seconds": 5}
            ),
        )
    finally:
        controller.stop()


@pytest.mark.parametrize(
    ("where", "reply"),
    [
        ("mail", "530 5.7.0 Authentication required"),
        ("mail", "553 5.7.1 Sender address rejected: not owned by user"),
        ("rcpt", "530 5.7.0 Authentication required"),
    ],
)
def test_a_refusal_of_our_session_is_retried_and_bounces_no_one(
    session, session_factory, world, refusing, caplog, where, reply
):
    from notifications.mail import SmtpMailer

    recorder, smtp_settings = refusing
    replies = recorder.mail_replies if where == "mail" else recorder.rcpt_replies
    confirmed_subscription(session, "anna@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    confirmed_subscription(session, "per@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    mailer = SmtpMailer(smtp_settings)
    try:
        # More refused attempts than it takes to mark a subscriber bouncing.
        for minute in (0, 1, 3, 7):
            replies.append(reply)
            with caplog.at_level(logging.WARNING, logger="notifications.send"):
                _, sent = tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8, minute))
            assert sent.sent == sent.failed == 0 and sent.retried == 1  # the run stops at the first refusal
            assert reply in caplog.text and "tried again" in caplog.text
            caplog.clear()
        session.expire_all()
        assert BOUNCE_LIMIT <= 4
        assert [(s.status, s.bounce_count) for s in session.scalars(select(Subscription))] == [
            ("active", 0)
        ] * 2
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
        assert [r.status for r in rows] == ["pending", "pending"]
        assert reply in (rows[0].last_error or "")

        # The settings are put right: both reminders go out at the next attempt.
        _, sent = tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8, 30))
    finally:
        mailer.close()
    assert sent.sent == 2
    assert sorted(r.rcpt_tos[0] for r in recorder.received) == ["anna@kommun.se", "per@kommun.se"]


def test_a_recipient_refused_still_counts_as_a_bounce(session, session_factory, world, refusing, caplog):
    from notifications.mail import SmtpMailer

    recorder, smtp_settings = refusing
    confirmed_subscription(session, "gone@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    recorder.rcpt_replies.append("550 5.1.1 No such user")
    mailer = SmtpMailer(smtp_settings)
    try:
        with caplog.at_level(logging.WARNING, logger="notifications.send"):
            _, sent = tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    finally:
        mailer.close()
    assert sent.failed == 1
    assert "550 5.1.1 No such user" in caplog.text  # the cause is named
    session.expire_all()
    assert session.scalars(select(Subscription.bounce_count)).one() == 1
    assert session.scalars(select(OutboxMessage.status)).one() == "failed"
