"""Reminders through a real SMTP server: the double opt-in, the mails as received, and what moves them."""

from __future__ import annotations

import datetime as dt
import re

import icalendar
from sqlalchemy import select

from notifications.models import OutboxMessage, Subscription
from notifications.outbox import plan_outbox
from notifications.send import send_due
from notifications.subscriptions import confirm_subscription, request_subscription
from tests.notifications.conftest import at, confirmed_subscription

LINK = re.compile(r"https://planner\.example\.se/notifications/confirm/\S+")


def tick(session_factory, mailer, settings, now):
    with session_factory() as s:
        planned = plan_outbox(s, now=now, settings=settings)
    sent = send_due(session_factory, mailer, clock=lambda: now, settings=settings)
    return planned, sent


def subscribe_and_confirm(session, mailer, recorder, settings, address, scope, now):
    request_subscription(session, address, scope, now=now, settings=settings, mailer=mailer)
    confirmation = recorder.messages()[-1]
    text = confirmation.get_body(("plain",)).get_content()
    token = LINK.search(text).group(0).rsplit("/", 1)[1]
    return confirm_subscription(session, token, now=now, settings=settings)


def test_reminder_as_received(session, session_factory, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    sub = subscribe_and_confirm(session, mailer, recorder, smtp_settings, " Anna.Berg@Kommun.SE ",
                                "kommunalt-forum", at(2026, 3, 1, 12))
    assert sub is not None and sub.email == "anna.berg@kommun.se" and sub.status == "active"
    recorder.clear()

    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 7, 59))  # a minute early
    assert recorder.received == []
    _, sent = tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8, 0))
    assert sent.sent == 1
    [got] = recorder.received
    assert got.rcpt_tos == ["anna.berg@kommun.se"]
    msg = got.message
    row = session.scalars(select(OutboxMessage)).one()
    assert msg["Message-ID"] == row.message_id and row.status == "sent"
    assert msg["Date"].datetime == at(2026, 3, 5, 8, 0)
    assert msg["To"] == "anna.berg@kommun.se"
    unsub = [u.strip(" <>") for u in msg["List-Unsubscribe"].split(",")]
    assert unsub[0].startswith("https://planner.example.se/notifications/unsubscribe/")
    assert unsub[1].startswith("mailto:kalender@forumplanner.local?subject=unsubscribe")
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "om en vecka" in msg["Subject"] and "Kommunalt forum" in msg["Subject"]

    assert msg.get_content_type() == "multipart/mixed"
    alternative, attachment = msg.get_payload()
    assert alternative.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in alternative.get_payload()] == ["text/plain", "text/html"]
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_param("method") == "PUBLISH"
    assert attachment.get_filename() == "mote.ics"

    text = msg.get_body(("plain",)).get_content()
    assert "Påminnelse: Kommunalt forum är om en vecka." in text
    assert "torsdag 12 mars 2026 kl. 9.00–12.00" in text
    assert "Regionhuset, Växjö" in text
    assert "1. Ungdomsmottagningarnas öppettider (Bordlades 2026-02-05, punkt 5)" in text
    assert "2. Gemensam krisberedskap (Återkommer enligt beslut 2026-02-05, punkt 7)" in text
    assert f"https://planner.example.se/mote/{world.meeting.id}" in text
    assert unsub[0] in text
    html = msg.get_body(("html",)).get_content()
    assert "Ungdomsmottagningarnas öppettider" in html and unsub[0] in html

    cal = icalendar.Calendar.from_ical(attachment.get_content())
    assert cal["METHOD"] == "PUBLISH"
    [event] = cal.walk("VEVENT")
    assert str(event["UID"]) == f"{world.meeting.uid}@forumplanner.local"
    assert "ORGANIZER" not in event
    assert event.decoded("DTSTART") == dt.datetime(2026, 3, 12, 9, 0, tzinfo=event.decoded("DTSTART").tzinfo)
    assert str(event.decoded("DTSTART").tzinfo) == "Europe/Stockholm"

    # The same tick again sends nothing more; so does the next day.
    _, again = tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8, 30))
    assert again.sent == 0 and len(recorder.received) == 1


def test_deadline_reminder_says_what_is_due(session, session_factory, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "per@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 17, 8, 0))
    [msg] = recorder.messages()
    assert msg["Subject"] == "Påminnelse: sista dag om 3 dagar – Synpunkter på länsplanen för infrastruktur"
    text = msg.get_body(("plain",)).get_content()
    assert "Det här ska vara klart: Synpunkter på länsplanen för infrastruktur" in text
    assert "fredag 20 mars 2026" in text


def test_unconfirmed_subscription_gets_nothing(session, session_factory, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    request_subscription(session, "ny@kommun.se", "kommunalt-forum", now=at(2026, 3, 1), settings=smtp_settings,
                         mailer=mailer)
    assert [m["Subject"] for m in recorder.messages()] == ["Bekräfta påminnelser från Kommunalt forum"]
    for day in (5, 11, 17):
        tick(session_factory, mailer, smtp_settings, at(2026, 3, day, 8))
    assert len(recorder.received) == 1
    assert session.scalars(select(OutboxMessage)).all() == []


def test_confirmation_link_expires_and_state_is_not_revealed(session, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    assert request_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1),
                                settings=smtp_settings, mailer=mailer) is None
    token = LINK.search(recorder.messages()[-1].get_body(("plain",)).get_content()).group(0).rsplit("/", 1)[1]
    assert confirm_subscription(session, token, now=at(2026, 3, 9), settings=smtp_settings) is None  # 8 days
    assert confirm_subscription(session, token[:-2] + "xx", now=at(2026, 3, 2), settings=smtp_settings) is None
    assert confirm_subscription(session, token, now=at(2026, 3, 2), settings=smtp_settings) is not None
    # Asking again for an active address answers the same (None) and mails nothing.
    assert request_subscription(session, "A@kommun.se", "kommunalt-forum", now=at(2026, 3, 3),
                                settings=smtp_settings, mailer=mailer) is None
    assert len(recorder.received) == 1


def test_one_mail_per_recipient(session, session_factory, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    confirmed_subscription(session, "b@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    # The same address through the organisation as well: still one mail.
    confirmed_subscription(session, "a@kommun.se", "organisation:region-kronoberg", now=at(2026, 3, 1))
    confirmed_subscription(session, "c@kommun.se", "presidieberedning", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    got = sorted((r.rcpt_tos, r.message["To"]) for r in recorder.received)
    assert got == [(["a@kommun.se"], "a@kommun.se"), (["b@kommun.se"], "b@kommun.se")]
    ids = {r.message["Message-ID"] for r in recorder.received}
    assert len(ids) == 2


def test_per_subscription_offsets(session, session_factory, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1), offsets='{"meeting": [2]}')
    confirmed_subscription(session, "b@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    assert [r.rcpt_tos for r in recorder.received] == [["b@kommun.se"]]
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 10, 8))
    assert [r.rcpt_tos for r in recorder.received] == [["b@kommun.se"], ["a@kommun.se"]]
    assert "om 2 dagar" in recorder.received[-1].message["Subject"]


def test_rescheduled_meeting_moves_its_reminders(session, session_factory, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    # Queued at 08:00 but the server was away: the row waits for a retry ...
    recorder.data_replies.append("421 4.3.2 closing for maintenance")
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    assert recorder.received == []
    # ... and meanwhile the meeting moves two weeks later (same UID, higher sequence).
    world.meeting.date = dt.date(2026, 3, 26)
    world.meeting.sequence += 1
    session.commit()
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 9))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 11, 8))  # the old 1-day reminder date
    assert recorder.received == []
    row = session.scalars(select(OutboxMessage)).one()
    session.refresh(row)
    assert row.status == "pending" and row.due_at.replace(tzinfo=None) == dt.datetime(2026, 3, 19, 7, 0)
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 19, 8))
    about_meeting = [r for r in recorder.received if "Kommunalt forum" in r.message["Subject"]]
    [got] = about_meeting
    assert got.message["Message-ID"] == row.message_id  # the row moved, its Message-ID kept
    assert "torsdag 26 mars 2026" in got.message.get_body(("plain",)).get_content()
    # Moved into the past: nothing more.
    world.meeting.date = dt.date(2026, 3, 18)
    session.commit()
    before = len(recorder.received)
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 25, 8))
    assert len(recorder.received) == before


def test_cancellation_notice_goes_to_those_reminded(session, session_factory, world, smtp_server, smtp_settings,
                                                    mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "early@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    confirmed_subscription(session, "late@kommun.se", "kommunalt-forum", now=at(2026, 3, 6))
    assert [r.rcpt_tos for r in recorder.received] == [["early@kommun.se"]]
    world.meeting.status = "cancelled"
    world.meeting.sequence += 1
    session.commit()
    planned, _ = tick(session_factory, mailer, smtp_settings, at(2026, 3, 7, 10))
    assert planned.cancellations == 1  # counted on both databases (RETURNING, not the driver's rowcount)
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 11, 8))  # no 1-day reminder for anyone
    assert [r.rcpt_tos for r in recorder.received] == [["early@kommun.se"], ["early@kommun.se"]]
    notice = recorder.received[1].message
    assert notice["Subject"] == "INSTÄLLT: Kommunalt forum torsdag 12 mars 2026"
    assert "är inställt" in notice.get_body(("plain",)).get_content()
    assert notice["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    cal = icalendar.Calendar.from_ical(notice.get_payload()[1].get_content())
    [event] = cal.walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == f"{world.meeting.uid}@forumplanner.local"


def test_missed_while_down(session, session_factory, world, smtp_server, smtp_settings, mailer, caplog):
    recorder, _ = smtp_server
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 2, 1))
    # Down from before the 7-day reminder until the day before the meeting, after 08:00:
    # the nearer (1-day) reminder goes out, the 7-day one is skipped.
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 11, 15))
    assert len(recorder.received) == 1
    assert "i morgon" in recorder.received[0].message["Subject"]
    rows = {r.offset_days: r.status for r in session.scalars(select(OutboxMessage))}
    assert rows == {1: "sent", 7: "skipped"}
    # Down past the deadline's day: skipped and logged, not sent.
    caplog.set_level("WARNING")
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 21, 9))
    assert len(recorder.received) == 1
    assert any("skipped reminder" in r.getMessage() and world.deadline.uid in r.getMessage() for r in caplog.records)


def test_smtp_4xx_is_retried_with_backoff(session, session_factory, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    recorder.data_replies.extend(["451 4.3.0 try again", "452 4.2.2 mailbox full"])
    _, first = tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    assert first.retried == 1 and recorder.received == []
    row = session.scalars(select(OutboxMessage)).one()
    assert row.not_before.replace(tzinfo=None) == dt.datetime(2026, 3, 5, 7, 1)  # + 1 minute
    _, early = tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8, 0, ))
    assert early.retried == 0 and early.sent == 0
    _, second = tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8, 1))
    assert second.retried == 1
    session.refresh(row)
    assert row.not_before.replace(tzinfo=None) == dt.datetime(2026, 3, 5, 7, 3)  # + 2 minutes
    _, third = tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8, 3))
    assert third.sent == 1 and len(recorder.received) == 1
    session.refresh(row)
    assert row.status == "sent" and row.attempts == 3 and recorder.received[0].message["Message-ID"] == row.message_id


def test_three_permanent_failures_mark_bouncing(session, session_factory, world, smtp_server, smtp_settings, mailer):
    from planner.store import Event

    recorder, _ = smtp_server
    sub = confirmed_subscription(session, "gone@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    for day in (23, 24):
        session.add(Event(body=world.body, kind="workshop", title=f"Workshop {day}", date=dt.date(2026, 3, day)))
    session.commit()
    recorder.data_replies.extend(["550 5.1.1 no such user"] * 2)
    _, first = tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))  # meeting 7-day
    assert first.failed == 1
    session.refresh(sub)
    assert sub.bounce_count == 1 and sub.status == "active"
    _, ok = tick(session_factory, mailer, smtp_settings, at(2026, 3, 11, 8))  # meeting 1-day
    assert ok.failed == 1
    recorder.data_replies.extend(["550 5.1.1 no such user"] * 3)
    _, more = tick(session_factory, mailer, smtp_settings, at(2026, 3, 17, 8))  # deadline, workshops 7-day
    assert more.failed == 1 and more.skipped == 2  # the third failure in a row: nothing more is tried
    session.refresh(sub)
    assert sub.status == "bouncing" and sub.bounce_count == 3
    recorder.data_replies.clear()
    _, after = tick(session_factory, mailer, smtp_settings, at(2026, 3, 22, 8))
    assert after.sent == 0 and recorder.received == []
    statuses = [r.status for r in session.scalars(select(OutboxMessage))]
    assert statuses.count("failed") == 3 and statuses.count("skipped") == 2


def test_success_resets_bounce_count(session, session_factory, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    sub = confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    recorder.data_replies.extend(["554 5.7.1 rejected"] * 2)
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 11, 8))
    session.refresh(sub)
    assert sub.bounce_count == 2
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 17, 8))
    session.refresh(sub)
    assert sub.bounce_count == 0 and sub.status == "active" and len(recorder.received) == 1


def test_unsubscribed_after_queueing_gets_nothing(session, session_factory, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    sub = confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    with session_factory() as s:
        plan_outbox(s, now=at(2026, 3, 5, 8), settings=smtp_settings)
    sub.status = "unsubscribed"
    session.commit()
    stats = send_due(session_factory, mailer, clock=lambda: at(2026, 3, 5, 8), settings=smtp_settings)
    assert stats.sent == 0 and stats.skipped == 1 and recorder.received == []


def test_mail_test_command(tmp_path, smtp_server):
    from click.testing import CliRunner

    from planner.cli import cli

    recorder, port = smtp_server
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\ninstance_path = "{tmp_path}"\n[mail]\nport = {port}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "mail", "test", "Test@Kommun.se"])
    assert result.exit_code == 0, result.output
    [msg] = recorder.messages()
    assert msg["To"] == "test@kommun.se" and msg["Subject"] == "Testbrev från Forumplaneraren"
    assert msg["Message-ID"] in result.output
    assert "testbrev" in msg.get_content()


def test_mail_test_command_reports_refusal(tmp_path, smtp_server):
    from click.testing import CliRunner

    from planner.cli import cli

    recorder, port = smtp_server
    recorder.data_replies.append("554 5.7.1 relay denied")
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\ninstance_path = "{tmp_path}"\n[mail]\nport = {port}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "mail", "test", "x@kommun.se"])
    assert result.exit_code == 2
    assert "554" in result.output and "Traceback" not in result.output


def test_subscribe_command(tmp_path, database_url, session, world, smtp_server):
    from click.testing import CliRunner

    from planner.cli import cli

    recorder, port = smtp_server
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\ninstance_path = "{tmp_path}"\n'
                      f'[web]\nbase_url = "https://planner.example.se"\nsecret_key = "s"\n[mail]\nport = {port}\n',
                      encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["--config", str(config), "subscribe", "Eva@Kommun.se", "kommunalt-forum",
                                 "--days", "meeting=3,1"])
    assert result.exit_code == 0, result.output
    [msg] = recorder.messages()
    assert msg["To"] == "eva@kommun.se" and LINK.search(msg.get_body(("plain",)).get_content())
    sub = session.scalars(select(Subscription)).one()
    assert sub.status == "pending" and sub.offsets == '{"meeting": [3, 1]}'
    unknown = runner.invoke(cli, ["--config", str(config), "subscribe", "eva@kommun.se", "inget-sadant-organ"])
    assert unknown.exit_code == 2 and "no body or organisation" in unknown.output
    assert "Traceback" not in unknown.output


def _about_meeting(recorder):
    return [r.message for r in recorder.received if "Kommunalt forum" in r.message["Subject"]]


def test_meeting_moved_after_its_reminder_sends_the_new_date(session, session_factory, world, smtp_server,
                                                             smtp_settings, mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))  # the 7-day reminder of 12 March
    assert [m["Subject"] for m in _about_meeting(recorder)] == [
        "Påminnelse: Kommunalt forum om en vecka (torsdag 12 mars 2026)"]
    world.meeting.date = dt.date(2026, 3, 26)
    world.meeting.sequence += 1
    session.commit()
    planned, _ = tick(session_factory, mailer, smtp_settings, at(2026, 3, 6, 10))
    assert planned.changes == 1
    notice = _about_meeting(recorder)[-1]
    assert notice["Subject"] == "NYTT DATUM: Kommunalt forum torsdag 26 mars 2026"
    text = notice.get_body(("plain",)).get_content()
    assert "har flyttats från torsdag 12 mars 2026" in text
    assert "torsdag 26 mars 2026 kl. 9.00–12.00" in text
    assert "Ungdomsmottagningarnas öppettider" in text  # the draft agenda, in both parts
    assert "Ungdomsmottagningarnas öppettider" in notice.get_body(("html",)).get_content()
    assert notice["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    [event] = icalendar.Calendar.from_ical(notice.get_payload()[1].get_content()).walk("VEVENT")
    assert event.decoded("DTSTART").date() == dt.date(2026, 3, 26)
    assert int(event["SEQUENCE"]) == world.meeting.sequence
    # Once told, nothing more until the reminders of the new date: the 7-day one was sent already.
    for when in (at(2026, 3, 6, 11), at(2026, 3, 11, 8), at(2026, 3, 19, 8)):
        tick(session_factory, mailer, smtp_settings, when)
    assert len(_about_meeting(recorder)) == 2
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 25, 8))
    assert _about_meeting(recorder)[-1]["Subject"] == "Påminnelse: Kommunalt forum i morgon (torsdag 26 mars 2026)"
    # Moved a second time: a second notice, from the date the last mail named.
    world.meeting.date = dt.date(2026, 4, 2)
    world.meeting.sequence += 1
    session.commit()
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 25, 12))
    second = _about_meeting(recorder)[-1]
    assert second["Subject"] == "NYTT DATUM: Kommunalt forum torsdag 2 april 2026"
    assert "från torsdag 26 mars 2026" in second.get_body(("plain",)).get_content()
    assert len({m["Message-ID"] for m in _about_meeting(recorder)}) == 4


def test_meeting_moved_earlier_gets_its_reminder_not_a_notice_too(session, session_factory, world, smtp_server,
                                                                  smtp_settings, mailer):
    recorder, _ = smtp_server
    confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    world.meeting.date = dt.date(2026, 3, 10)  # moved two days earlier: its 1-day reminder is due at once
    world.meeting.sequence += 1
    session.commit()
    planned, _ = tick(session_factory, mailer, smtp_settings, at(2026, 3, 9, 10))
    assert planned.changes == 0
    subjects = [m["Subject"] for m in _about_meeting(recorder)]
    assert subjects[1:] == ["Påminnelse: Kommunalt forum i morgon (tisdag 10 mars 2026)"]


def test_no_new_date_notice_to_those_not_reminded_or_unsubscribed(session, session_factory, world, smtp_server,
                                                                 smtp_settings, mailer):
    recorder, _ = smtp_server
    reminded = confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    confirmed_subscription(session, "late@kommun.se", "kommunalt-forum", now=at(2026, 3, 6))
    reminded.status = "unsubscribed"
    world.meeting.date = dt.date(2026, 3, 26)
    session.commit()
    planned, _ = tick(session_factory, mailer, smtp_settings, at(2026, 3, 7, 10))
    assert planned.changes == 0
    assert len(_about_meeting(recorder)) == 1


def test_announced_meeting_is_named_by_its_body_not_the_placeholder(session, session_factory, world, smtp_server,
                                                                   smtp_settings, mailer):
    """A meeting known only from "Nästa möte hålls ..." got the title "Nästa möte"; the reminder said
    "Kommunalt forum: Nästa möte" in its subject and "Vad:" line. A real subject (theme) still shows."""
    recorder, _ = smtp_server
    world.meeting.title = "Nästa möte"
    session.commit()
    confirmed_subscription(session, "anna@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 5, 8))
    [got] = recorder.received
    text = got.message.get_body(("plain",)).get_content()
    assert got.message["Subject"] == "Påminnelse: Kommunalt forum om en vecka (torsdag 12 mars 2026)"
    assert "Vad:  Kommunalt forum\r\n" in text and "Nästa möte" not in text

    world.meeting.theme = "Att leda välfärd i den digitala revolutionen"
    session.commit()
    tick(session_factory, mailer, smtp_settings, at(2026, 3, 11, 8))
    text = recorder.received[-1].message.get_body(("plain",)).get_content()
    assert "Vad:  Kommunalt forum: Att leda välfärd i den digitala revolutionen\r\n" in text
