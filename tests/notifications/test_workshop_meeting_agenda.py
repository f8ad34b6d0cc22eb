"""A reminder of a body's next meeting held as a workshop carries its agenda, as the feeds do.

Minutes often say "Nästa möte kommer att vara en workshop": the body's next meeting, its carried
items with it. The feeds' DESCRIPTION, the meeting page and `planner agenda` show its draft
agenda; the reminder mails left every agenda out of a meeting of kind "workshop", the .ics they
attach too, so those reminded never saw the items put off to it (a published agenda neither).
"""

from __future__ import annotations

import icalendar

from tests.notifications.conftest import at, confirmed_subscription
from tests.notifications.test_send import tick


def test_workshop_meeting_reminder_has_the_draft_agenda(session, session_factory, world, smtp_server, smtp_settings,
                                                        mailer):
    recorder, _ = smtp_server
    world.meeting.kind = "workshop"
    world.meeting.theme = "Att leda välfärd i den digitala revolutionen"
    session.commit()
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))  # the 7-day reminder of 12 March
    [mail] = [r.message for r in recorder.received if "Workshop" in r.message["Subject"]]
    text = mail.get_body(("plain",)).get_content()
    assert "Utkast till dagordning" in text
    assert "Ungdomsmottagningarnas öppettider" in text
    assert "Ungdomsmottagningarnas öppettider" in mail.get_body(("html",)).get_content()
    [event] = icalendar.Calendar.from_ical(mail.get_payload()[1].get_content()).walk("VEVENT")
    assert "Ungdomsmottagningarnas öppettider" in str(event["DESCRIPTION"])
