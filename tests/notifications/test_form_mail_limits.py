"""The public forms could flood an inbox: every "Prenumerera" with the same address and body sent one more
confirmation mail, and every "Avsluta" one more mail of links, as fast as anyone could submit them (a QA
round found it). An address now gets one such mail about a subscription in ten minutes and at most five
in an hour over all its subscriptions; further asks are answered the same, and a link already mailed
keeps working. Sent through the real SMTP server of the tests."""

from __future__ import annotations

import datetime as dt
import re

from notifications.subscriptions import (
    MAIL_AGAIN_AFTER,
    MAILS_PER_ADDRESS,
    confirm_subscription,
    request_subscription,
    request_unsubscribe,
)
from planner.store import Body
from tests.notifications.conftest import at

LINK = re.compile(r"https://planner\.example\.se/notifications/confirm/(\S+)")


def _subjects(recorder) -> list[str]:
    return [m["Subject"] for m in recorder.messages()]


def test_the_same_ask_again_soon_mails_nothing_more(session, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    start = at(2026, 3, 1, 12)
    for minutes in (0, 1, 5, 9):
        request_subscription(session, "anna@kommun.se", "kommunalt-forum", now=start + dt.timedelta(minutes=minutes),
                             settings=smtp_settings, mailer=mailer)
    assert _subjects(recorder) == ["Bekräfta påminnelser från Kommunalt forum"]
    later = start + MAIL_AGAIN_AFTER + dt.timedelta(seconds=1)
    request_subscription(session, "anna@kommun.se", "kommunalt-forum", now=later, settings=smtp_settings,
                         mailer=mailer)
    assert len(recorder.messages()) == 2
    # Both links work: asking again never voided the first.
    for message in recorder.messages():
        token = LINK.search(message.get_body(("plain",)).get_content()).group(1)
        assert confirm_subscription(session, token, now=later, settings=smtp_settings) is not None


def test_an_address_gets_at_most_a_few_in_an_hour_over_all_bodies(session, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    for n in range(MAILS_PER_ADDRESS + 3):
        session.add(Body(slug=f"forum-{n}", name=f"Forum {n}"))
    session.commit()
    start = at(2026, 3, 1, 12)
    for n in range(MAILS_PER_ADDRESS + 3):
        request_subscription(session, "bo@kommun.se", f"forum-{n}", now=start + dt.timedelta(minutes=n),
                             settings=smtp_settings, mailer=mailer)
    assert len(recorder.messages()) == MAILS_PER_ADDRESS
    # Another address is not held back by the first one's asks.
    request_subscription(session, "eva@kommun.se", "forum-0", now=start + dt.timedelta(minutes=9),
                         settings=smtp_settings, mailer=mailer)
    assert len(recorder.messages()) == MAILS_PER_ADDRESS + 1
    # An hour on, the address is mailed again.
    request_subscription(session, "bo@kommun.se", f"forum-{MAILS_PER_ADDRESS + 2}",
                         now=start + dt.timedelta(hours=1, minutes=10), settings=smtp_settings, mailer=mailer)
    assert len(recorder.messages()) == MAILS_PER_ADDRESS + 2


def test_unsubscribe_links_are_mailed_once_in_a_while(session, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    start = at(2026, 3, 1, 12)
    request_subscription(session, "cia@kommun.se", "kommunalt-forum", now=start, settings=smtp_settings,
                         mailer=mailer)
    later = start + MAIL_AGAIN_AFTER + dt.timedelta(minutes=1)
    for minutes in (0, 2, 4):
        request_unsubscribe(session, "cia@kommun.se", now=later + dt.timedelta(minutes=minutes),
                            settings=smtp_settings, mailer=mailer)
    subjects = _subjects(recorder)
    assert len(subjects) == 2 and subjects[0] == "Bekräfta påminnelser från Kommunalt forum"
    request_unsubscribe(session, "cia@kommun.se", now=later + MAIL_AGAIN_AFTER + dt.timedelta(seconds=1),
                        settings=smtp_settings, mailer=mailer)
    assert len(recorder.messages()) == 3
