"""An event moved to a later day after its last reminder went out is reminded of again before that day.

A deadline extended after its 3-day reminder, a meeting postponed a month the afternoon after its
1-day reminder: the subscriber got the notice of the new date ("NYTT DATUM"), and then nothing, since
the outbox keeps one reminder per (subscription, event, days before) and those were spent on the old
date. A deadline reminded of once ("sista dag om 3 dagar") passed weeks after the notice without a
word. Now the last reminder before the event is sent again before the new date, once the notice has
gone out (the earlier ones are not: the notice told the subscriber in good time).
"""

from __future__ import annotations

import datetime as dt

from tests.notifications.conftest import at, confirmed_subscription
from tests.notifications.test_send import tick


def subjects(recorder, about: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.message["Subject"] for r in recorder.received if about in r.message["Subject"]]


def test_a_deadline_extended_after_its_reminder_is_reminded_of_again(session, session_factory, world, smtp_server,
                                                                      smtp_settings, mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 17, 8))  # 3 days before 20 March
    world.deadline.date = dt.date(2026, 3, 27)
    world.deadline.sequence += 1
    session.commit()
    for when in (at(2026, 3, 18, 10), at(2026, 3, 18, 10, 5), at(2026, 3, 23, 8), at(2026, 3, 24, 8),
                 at(2026, 3, 24, 8, 5)):
        tick(session_factory, mailer, smtp_settings, when)
    assert subjects(recorder, "länsplanen") == [
        "Påminnelse: sista dag om 3 dagar – Synpunkter på länsplanen för infrastruktur",
        "NYTT DATUM: Synpunkter på länsplanen för infrastruktur fredag 27 mars 2026",
        "Påminnelse: sista dag om 3 dagar – Synpunkter på länsplanen för infrastruktur",
    ]
    last = recorder.received[-1].message
    assert "fredag 27 mars 2026" in last.get_body(("plain",)).get_content()
    assert len({r.message_id for r in recorder.received}) == 3


def test_a_meeting_postponed_after_its_last_reminder_gets_one_before_the_new_day(session, session_factory, world,
                                                                                smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 11, 8))
    world.meeting.date = dt.date(2026, 4, 9)  # postponed four weeks, the afternoon before
    world.meeting.sequence += 1
    session.commit()
    for when in (at(2026, 3, 11, 15), at(2026, 3, 11, 15, 5), at(2026, 4, 2, 8), at(2026, 4, 8, 8)):
        tick(session_factory, mailer, smtp_settings, when)
    assert subjects(recorder, "Kommunalt forum") == [
        "Påminnelse: Kommunalt forum om en vecka (torsdag 12 mars 2026)",
        "Påminnelse: Kommunalt forum i morgon (torsdag 12 mars 2026)",
        "NYTT DATUM: Kommunalt forum torsdag 9 april 2026",
        "Påminnelse: Kommunalt forum i morgon (torsdag 9 april 2026)",  # not the 7-day one again
    ]


def test_cancelled_after_the_notice_of_its_new_date_is_said_to_be_cancelled(session, session_factory, world,
                                                                            smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 17, 8))
    world.deadline.date = dt.date(2026, 3, 27)
    session.commit()
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 18, 10))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 18, 10, 5))
    world.deadline.status = "cancelled"
    session.commit()
    for when in (at(2026, 3, 19, 10), at(2026, 3, 24, 8)):
        tick(session_factory, mailer, smtp_settings, when)
    assert subjects(recorder, "länsplanen")[1:] == [
        "NYTT DATUM: Synpunkter på länsplanen för infrastruktur fredag 27 mars 2026",
        "INSTÄLLT: Synpunkter på länsplanen för infrastruktur fredag 27 mars 2026",
    ]
