"""Mails name a meeting as the feeds do: by its body (and its theme), not by the phrase the minutes gave it.

The title the extraction gives an announced meeting is the phrase around its date: "Ett extra möte om
budgeten hålls kl. 13.00–15.00 i Storsjörummet", or, for "Höstens möten hålls den 17 september och
den 26 november", "Regionalt samverkansråd för äldreomsorg (Höstens möten hålls den 17 september
och)". The feeds name meetings by their body for that reason; the reminders put the phrase in the
subject and the "Vad:" line: "INSTÄLLT: Regionalt samverkansråd för äldreomsorg: Regionalt
samverkansråd för äldreomsorg (Höstens möten hålls den 17 september och) fredag 26 november 2027"
told a subscriber of a cancelled 26 November meeting about 17 September.
"""

from __future__ import annotations

import icalendar

from tests.notifications.conftest import at, confirmed_subscription
from tests.notifications.test_send import tick

PHRASE = "Kommunalt forum (Höstens möten hålls den 17 september och)"


def test_reminder_and_cancellation_name_the_body_not_the_minutes_phrase(session, session_factory, world,
                                                                       smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    world.meeting.title = PHRASE
    session.commit()
    confirmed_subscription(session, "anna@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    world.meeting.status = "cancelled"
    world.meeting.sequence += 1
    session.commit()
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 6, 10))
    reminder, cancellation = (r.message for r in recorder.received)
    assert reminder["Subject"] == "Påminnelse: Kommunalt forum om en vecka (torsdag 12 mars 2026)"
    assert cancellation["Subject"] == "INSTÄLLT: Kommunalt forum torsdag 12 mars 2026"
    for mail in (reminder, cancellation):
        assert "17 september" not in mail.get_body(("plain",)).get_content()
        assert "17 september" not in mail.get_body(("html",)).get_content()
        [event] = icalendar.Calendar.from_ical(mail.get_payload()[1].get_content()).walk("VEVENT")
        assert str(event["SUMMARY"]).removeprefix("INSTÄLLT: ") == "Kommunalt forum"  # as in the feeds


def test_a_theme_is_still_named(session, session_factory, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    world.meeting.title = PHRASE
    world.meeting.theme = "Att leda välfärd i den digitala revolutionen"
    session.commit()
    confirmed_subscription(session, "anna@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    [got] = recorder.received
    assert got.message["Subject"] == ("Påminnelse: Kommunalt forum: Att leda välfärd i den digitala revolutionen "
                                      "om en vecka (torsdag 12 mars 2026)")
