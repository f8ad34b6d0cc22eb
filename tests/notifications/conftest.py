"""Fixtures of the notifications tests: a real SMTP server (aiosmtpd) on a free localhost port,
and a small world of bodies, meetings and events to remind about."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

STOCKHOLM = dt.timezone(dt.timedelta(hours=1))  # winter time, the dates used below


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    at: float  # time.monotonic() when the whole message was in (the server had it)
    peer: Any
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message_id(self) -> str:
        """The Message-ID header, read without parsing the whole message (cheap enough to poll)."""
        found = re.search(rb"^Message-ID:\s*(<[^>]+>)", self.data, re.IGNORECASE | re.MULTILINE)
        return found.group(1).decode() if found else ""

    @property
    def message(self) -> EmailMessage:
        msg = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class Recorder:
    """aiosmtpd handler that keeps every accepted message; replies and delays can be set by tests."""

    received: list[Received] = field(default_factory=list)
    # Replies to give instead of accepting, one per DATA, e.g. "451 4.3.0 try later".
    data_replies: deque[str] = field(default_factory=deque)
    rcpt_delay: float = 0.0
    data_delay: float = 0.0
    rcpt_seen: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any) -> str:
        self.rcpt_seen += 1
        if self.rcpt_delay:
            await asyncio.sleep(self.rcpt_delay)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_replies:
            return self.data_replies.popleft()
        with self.lock:
            self.received.append(Received(time.monotonic(), session.peer, envelope.mail_from,
                                          list(envelope.rcpt_tos), bytes(envelope.original_content or b"")))
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        return "250 Message accepted for delivery"

    def messages(self) -> list[EmailMessage]:
        with self.lock:
            return [r.message for r in self.received]

    def clear(self) -> None:
        with self.lock:
            self.received.clear()


@pytest.fixture
def smtp_server():
    """A real SMTP server on 127.0.0.1:<free port>; yields (recorder, port)."""
    recorder = Recorder()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield recorder, port
    finally:
        controller.stop()


@pytest.fixture
def smtp_settings(settings, smtp_server):
    """The test settings, sending through the aiosmtpd fixture."""
    _, port = smtp_server
    return settings.replace(mail={"backend": "smtp", "host": "127.0.0.1", "port": port, "timeout_seconds": 5})


@pytest.fixture
def mailer(smtp_settings):
    from notifications.mail import SmtpMailer

    m = SmtpMailer(smtp_settings)
    yield m
    m.close()


def at(year: int, month: int, day: int, hour: int = 8, minute: int = 0) -> dt.datetime:
    """A Stockholm wall-clock time (winter) as an aware datetime."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)


@dataclass
class World:
    body: Any
    other_body: Any
    organisation: Any
    meeting: Any  # Kommunalt forum, Thursday 2026-03-12 09.00-12.00
    deadline: Any  # 2026-03-20
    origin: Any  # the held meeting the carried items come from


@pytest.fixture
def world(session):
    """A body with a coming meeting (with carried items), a deadline, and another body."""
    from planner.store import Body, CarryItem, Event, Meeting, Organisation

    org = Organisation(slug="region-kronoberg", name="Region Kronoberg")
    body = Body(slug="kommunalt-forum", name="Kommunalt forum", organisation=org)
    other = Body(slug="presidieberedning", name="Presidieberedningen")
    origin = Meeting(body=body, date=dt.date(2026, 2, 5), start=dt.time(9), end=dt.time(12), status="held",
                     venue="Regionhuset, Växjö")
    meeting = Meeting(body=body, date=dt.date(2026, 3, 12), start=dt.time(9), end=dt.time(12),
                      venue="Regionhuset, Växjö", status="planned")
    deadline = Event(body=body, kind="deadline", title="Synpunkter på länsplanen för infrastruktur",
                     date=dt.date(2026, 3, 20), holder="Region Kronoberg")
    session.add_all([org, body, other, origin, meeting, deadline])
    session.flush()
    session.add_all([
        CarryItem(body=body, title="Ungdomsmottagningarnas öppettider", reason="postponed",
                  origin_meeting=origin, origin_item_number="5", when="next"),
        CarryItem(body=body, title="Gemensam krisberedskap", reason="returns", origin_meeting=origin,
                  origin_item_number="7", when="2026-03"),
    ])
    session.commit()
    return World(body, other, org, meeting, deadline, origin)


def confirmed_subscription(session, email_address: str, scope: str, *, now: dt.datetime,
                           offsets: str | None = None):
    """An active subscription written directly (tests of sending, not of the opt-in)."""
    import secrets

    from notifications.models import Subscription
    from notifications.subscriptions import resolve_scope

    key, body, org = resolve_scope(session, scope)
    sub = Subscription(email=email_address, scope=key, body=body, organisation=org, status="active",
                       token=secrets.token_urlsafe(24), bounce_count=0, created_at=now, confirmed_at=now,
                       offsets=offsets)
    session.add(sub)
    session.commit()
    return sub
