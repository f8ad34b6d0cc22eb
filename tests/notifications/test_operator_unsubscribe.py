"""An operator asked by a subscriber to stop the mails, or to erase the address (GDPR art. 17), had
no command: only the link in a mail (which the subscriber may not have) ended a subscription, and
nothing erased one. `planner subscriptions [EMAIL]` lists them; `planner unsubscribe EMAIL` ends
every subscription of the address, `--forget` deletes them and every mail recorded for them."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import func, select

from notifications.models import OutboxMessage, Subscription
from notifications.outbox import plan_outbox
from notifications.send import send_due
from planner.cli import cli
from tests.notifications.conftest import at, confirmed_subscription


def _config(tmp_path, database_url, port):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\ninstance_path = "{tmp_path}"\n'
                      f'[web]\nbase_url = "https://planner.example.se"\nsecret_key = "test-secret"\n'
                      f'[mail]\nport = {port}\n',
                      encoding="utf-8")
    return ["--config", str(config)]


def test_list_end_and_forget_an_address(tmp_path, database_url, session, session_factory, world, smtp_server,
                                        smtp_settings, mailer):
    recorder, port = smtp_server
    args = _config(tmp_path, database_url, port)
    confirmed_subscription(session, "anna@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    confirmed_subscription(session, "anna@kommun.se", "all", now=at(2026, 3, 1))
    confirmed_subscription(session, "bo@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    with session_factory() as s:
        plan_outbox(s, now=at(2026, 3, 5, 8), settings=smtp_settings)
    send_due(session_factory, mailer, clock=lambda: at(2026, 3, 5, 8), settings=smtp_settings)
    sent = len(recorder.received)
    assert sent == 2  # one mail per address, though Anna holds two subscriptions that cover the meeting

    runner = CliRunner()
    listed = runner.invoke(cli, [*args, "subscriptions", " Anna@Kommun.SE "])
    assert listed.exit_code == 0, listed.output
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert sorted((r[0], r[1], r[2]) for r in rows) == [("anna@kommun.se", "all", "active"),
                                                       ("anna@kommun.se", "body:kommunalt-forum", "active")]
    assert all("confirmed 2026-03-01" in r[3] for r in rows)
    assert len(runner.invoke(cli, [*args, "subscriptions"]).stdout.splitlines()) == 3

    ended = runner.invoke(cli, [*args, "unsubscribe", "anna@kommun.se"])
    assert ended.exit_code == 0 and ended.stdout == "2 subscriptions of anna@kommun.se ended\n"
    session.expire_all()
    assert {s.status for s in session.scalars(select(Subscription).where(Subscription.email == "anna@kommun.se"))} \
        == {"unsubscribed"}
    with session_factory() as s:  # the 1-day reminder goes to Bo only
        plan_outbox(s, now=at(2026, 3, 11, 8), settings=smtp_settings)
    send_due(session_factory, mailer, clock=lambda: at(2026, 3, 11, 8), settings=smtp_settings)
    assert [r.rcpt_tos for r in recorder.received[sent:]] == [["bo@kommun.se"]]
    assert recorder.messages()[-1]["To"] == "bo@kommun.se"

    forgot = runner.invoke(cli, [*args, "unsubscribe", "anna@kommun.se", "--forget"])
    assert forgot.exit_code == 0 and forgot.stdout == "2 subscriptions of anna@kommun.se erased\n"
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(Subscription)
                          .where(Subscription.email == "anna@kommun.se")) == 0
    assert all(row.subscription.email == "bo@kommun.se" for row in session.scalars(select(OutboxMessage)))
    none = runner.invoke(cli, [*args, "subscriptions", "anna@kommun.se"])
    assert none.exit_code == 0 and none.stdout == "" and "no subscriptions of anna@kommun.se" in none.stderr
    bad = runner.invoke(cli, [*args, "unsubscribe", "inte en adress"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_a_mailed_unsubscribe_request_ends_its_one_subscription(tmp_path, database_url, session, session_factory,
                                                                 world, smtp_server, smtp_settings, mailer):
    """The reminders' List-Unsubscribe offers mailto: the sender address, subject "unsubscribe TOKEN".
    Nothing read those requests; the operator who gets one ends that subscription with --token."""
    from email.utils import unquote
    from urllib.parse import unquote as unquote_url

    recorder, port = smtp_server
    args = _config(tmp_path, database_url, port)
    confirmed_subscription(session, "anna@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    confirmed_subscription(session, "anna@kommun.se", "all", now=at(2026, 3, 1))
    with session_factory() as s:
        plan_outbox(s, now=at(2026, 3, 5, 8), settings=smtp_settings)
    send_due(session_factory, mailer, clock=lambda: at(2026, 3, 5, 8), settings=smtp_settings)
    header = recorder.messages()[-1]["List-Unsubscribe"]
    mailto = next(unquote(part.strip()) for part in header.split(",") if "mailto:" in part)
    subject = unquote_url(mailto.split("subject=", 1)[1])
    assert subject.startswith("unsubscribe ")

    runner = CliRunner()
    ended = runner.invoke(cli, [*args, "unsubscribe", "--token", subject])  # pasted as the subject reads
    assert ended.exit_code == 0, ended.output
    assert ended.stdout.endswith("of anna@kommun.se (body:kommunalt-forum) ended\n")
    session.expire_all()
    assert {(s.scope, s.status) for s in session.scalars(select(Subscription))} == {
        ("body:kommunalt-forum", "unsubscribed"), ("all", "active")}
    again = runner.invoke(cli, [*args, "unsubscribe", "--token", subject.removeprefix("unsubscribe ")])
    assert again.exit_code == 0 and again.stdout.endswith("had ended already\n")
    for bad in (["--token", subject[:-4]], ["anna@kommun.se", "--token", subject], [],
                ["--token", subject, "--forget"]):
        refused = runner.invoke(cli, [*args, "unsubscribe", *bad])
        assert refused.exit_code == 2 and "Traceback" not in refused.output, bad
        assert "Error:" in refused.output
