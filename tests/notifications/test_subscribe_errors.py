"""`planner subscribe` (and the web form behind it) failed with a traceback on bad input or a mail server's refusal.

- A mail server that refused or could not be reached gave a `SendError` traceback (exit 1);
  `planner mail test` already answered such a failure in one line.
- An address with å, ä or ö before the @ was accepted, and sending the confirmation then crashed
  inside smtplib (TypeError: the compat32 policy has no `utf8`), on the CLI and as a 500 on the web.
  Only the domain can be written in ASCII (IDNA), so such an address is now refused as malformed.
- `--days KIND=DAYS` stored any KIND, and an unknown kind silently never applied.
- A subscription with such an address stored earlier (or confirmed through the outbox backend)
  made the reminder worker itself stop with that TypeError; it now fails alone, as undeliverable.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from notifications.models import Subscription
from notifications.subscriptions import ScopeNotFound, SubscriptionError, normalise_email, resolve_scope
from planner.cli import cli


def _config(tmp_path, database_url, port):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\ninstance_path = "{tmp_path}"\n'
                      f'[web]\nbase_url = "https://planner.example.se"\nsecret_key = "s"\n'
                      f'[mail]\nport = {port}\ntimeout_seconds = 5\n', encoding="utf-8")
    return config


@pytest.mark.parametrize("address", ["örjan@växjö.se", "Åsa.Öberg@kommun.se", "anna-lärare@skola.se"])
def test_address_with_non_ascii_before_the_at_is_refused(address):
    with pytest.raises(SubscriptionError, match="only possible after the @"):
        normalise_email(address)


@pytest.mark.parametrize(("raw", "normalised"), [
    ("per@växjö.se", "per@xn--vxj-qla6g.se"),  # an international domain is still fine
    ("ORJAN@Vaxjo.se", "orjan@vaxjo.se"),
])
def test_ascii_local_part_still_accepted(raw, normalised):
    assert normalise_email(raw) == normalised


def test_cli_refuses_non_ascii_address_in_one_line(tmp_path, database_url, session, world, smtp_server):
    recorder, port = smtp_server
    result = CliRunner().invoke(cli, ["--config", str(_config(tmp_path, database_url, port)), "subscribe",
                                      "örjan@växjö.se", "kommunalt-forum"])
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [
        "error: not an address we can send to: 'örjan@växjö.se' (letters such as å, ä, ö are only possible after the @)"]
    assert recorder.received == []
    assert session.scalars(select(Subscription)).all() == []


@pytest.mark.parametrize("reply", ["554 5.7.1 relay denied", "451 4.3.0 try again later"])
def test_cli_reports_a_refused_confirmation_in_one_line(tmp_path, database_url, session, world, smtp_server, reply):
    recorder, port = smtp_server
    recorder.data_replies.append(reply)
    result = CliRunner().invoke(cli, ["--config", str(_config(tmp_path, database_url, port)), "subscribe",
                                      "eva@kommun.se", "kommunalt-forum"])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith("error: confirmation mail to eva@kommun.se not sent: ") and reply[:3] in line
    # The subscription waits unconfirmed; asking again sends a link.
    assert session.scalars(select(Subscription.status)).all() == ["pending"]
    again = CliRunner().invoke(cli, ["--config", str(_config(tmp_path, database_url, port)), "subscribe",
                                     "eva@kommun.se", "kommunalt-forum"])
    assert again.exit_code == 0, again.output
    assert len(recorder.received) == 1


def test_cli_reports_an_unreachable_server_in_one_line(tmp_path, database_url, session, world):
    from tests.notifications.conftest import free_port

    result = CliRunner().invoke(cli, ["--config", str(_config(tmp_path, database_url, free_port())), "subscribe",
                                      "eva@kommun.se", "kommunalt-forum"])
    assert result.exit_code == 2, result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith("error: confirmation mail to eva@kommun.se not sent: 127.0.0.1:")


@pytest.mark.parametrize("days", ["möte=3", "meetings=3", "bogus=1,2"])
def test_unknown_kind_in_days_is_a_usage_error(tmp_path, database_url, session, world, smtp_server, days):
    recorder, port = smtp_server
    result = CliRunner().invoke(cli, ["--config", str(_config(tmp_path, database_url, port)), "subscribe",
                                      "eva@kommun.se", "kommunalt-forum", "--days", days])
    assert result.exit_code == 2, result.output
    assert "unknown kind" in result.output and "meeting, workshop" in result.output
    assert recorder.received == []
    assert session.scalars(select(Subscription)).all() == []


def test_days_beyond_ten_years_are_a_usage_error(tmp_path, database_url, session, world, smtp_server):
    # A reminder ten million days ahead made the worker's date arithmetic overflow (a traceback per tick).
    recorder, port = smtp_server
    result = CliRunner().invoke(cli, ["--config", str(_config(tmp_path, database_url, port)), "subscribe",
                                      "eva@kommun.se", "kommunalt-forum", "--days", "meeting=7,10000000"])
    assert result.exit_code == 2, result.output
    assert "at most 3650 days before" in result.output
    assert recorder.received == [] and session.scalars(select(Subscription)).all() == []


@pytest.mark.parametrize(("days", "stored"), [
    ("conference=14", '{"conference": [14]}'),
    ("other=5", '{"other": [5]}'),
    ("deadline=3,1", '{"deadline": [3, 1]}'),
])
def test_every_event_kind_may_have_its_own_days(tmp_path, database_url, session, world, smtp_server, days, stored):
    _, port = smtp_server
    result = CliRunner().invoke(cli, ["--config", str(_config(tmp_path, database_url, port)), "subscribe",
                                      "eva@kommun.se", "kommunalt-forum", "--days", days])
    assert result.exit_code == 0, result.output
    assert session.scalars(select(Subscription.offsets)).one() == stored


def test_stored_non_ascii_address_fails_alone_instead_of_stopping_the_worker(
        session, session_factory, world, smtp_server, smtp_settings, mailer):
    """A subscription stored before addresses were checked made smtplib raise TypeError mid-batch."""
    from notifications.models import OutboxMessage
    from notifications.outbox import plan_outbox
    from notifications.send import send_due
    from tests.notifications.conftest import at, confirmed_subscription

    recorder, _ = smtp_server
    confirmed_subscription(session, "örjan@xn--vxj-qla6g.se", "kommunalt-forum", now=at(2026, 3, 1))
    confirmed_subscription(session, "anna@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    now = at(2026, 3, 5, 8)  # the meeting's 7-day reminder
    with session_factory() as s:
        plan_outbox(s, now=now, settings=smtp_settings)
    stats = send_due(session_factory, mailer, clock=lambda: now, settings=smtp_settings)
    assert (stats.sent, stats.failed) == (1, 1)
    assert [r.rcpt_tos for r in recorder.received] == [["anna@kommun.se"]]
    failed = session.scalars(select(OutboxMessage).where(OutboxMessage.status == "failed")).one()
    assert "SMTPUTF8" in (failed.last_error or "")


@pytest.mark.parametrize(("scope", "key"), [
    ("all", "all"), ("alla", "all"),
    ("kommunalt-forum", "body:kommunalt-forum"), ("body:kommunalt-forum", "body:kommunalt-forum"),
    ("organ/kommunalt-forum", "body:kommunalt-forum"),  # as the feeds write it
    ("organisation:region-kronoberg", "organisation:region-kronoberg"),
    ("organisation/region-kronoberg", "organisation:region-kronoberg"),
])
def test_scope_as_the_feeds_write_it_is_read_too(session, world, scope, key):
    assert resolve_scope(session, scope)[0] == key


@pytest.mark.parametrize("scope", ["kalender:kommunalt-forum", "organ/finns-inte", "organisation/kommunalt-forum"])
def test_unknown_scope_is_refused(session, world, scope):
    with pytest.raises(ScopeNotFound):
        resolve_scope(session, scope)
