"""Strings that are no email address but header syntax were stored as addresses, and mail to them went
elsewhere.

`normalise_email` only looked for one @, no white space, '<' or ','. So `x:anna@kommun.se` (a group's
colon), `a;b@kommun.se` (a list), `x(y)@kommun.se` (a comment) and `a"b@kommun.se` were subscribed
as they were, and smtplib, reading the envelope's recipients out of the To header, sent the mail to
`anna@kommun.se`, to `a` and `b@kommun.se`, to `x@kommun.se`, to `a`. Each spelling was an address of
its own for the limits on confirmation mails, so `1:anna@…`, `2:anna@…` … flooded one inbox through
the public form. Such strings are refused now (only a dot-atom or a quoted string before the @, a
host name or an address literal after it), and one stored before fails alone, as undeliverable.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from notifications.mail import SendError, render_test
from notifications.models import Subscription
from notifications.subscriptions import SubscriptionError, normalise_email, request_subscription
from planner.cli import cli
from tests.notifications.conftest import at
from tests.notifications.test_subscribe_errors import _config

NOT_ADDRESSES = [
    "x:anna@kommun.se",
    "a;b@kommun.se",
    "x(y)@kommun.se",
    'a"b@kommun.se',
    "a..b@kommun.se",
    ".anna@kommun.se",
    "anna.@kommun.se",
    "anna@kommun_se.se",
    "anna@-kommun.se",
    "anna@kommun..se",
    "anna@kommun.se;eva@kommun.se",
]


@pytest.mark.parametrize("bad", NOT_ADDRESSES)
def test_header_syntax_is_not_an_address(bad):
    with pytest.raises(SubscriptionError, match="not an email address"):
        normalise_email(bad)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("o'hara@kommun.se", "o'hara@kommun.se"),
        ("anna+forum@kommun.se", "anna+forum@kommun.se"),
        ("#!$%&'*+-/=?^_`{}|~@example.org", "#!$%&'*+-/=?^_`{}|~@example.org"),
        ('"anna.berg"@kommun.se', '"anna.berg"@kommun.se'),
        ("anna@[192.0.2.1]", "anna@[192.0.2.1]"),
        ("a.b-c_d@sub.kommun.se", "a.b-c_d@sub.kommun.se"),
        ("per@räksmörgås.se", "per@xn--rksmrgs-5wao1o.se"),
    ],
)
def test_odd_but_valid_addresses_are_kept(raw, normalised):
    assert normalise_email(raw) == normalised


def test_cli_refuses_and_mails_no_one(tmp_path, database_url, session, world, smtp_server):
    recorder, port = smtp_server
    config = str(_config(tmp_path, database_url, port))
    for n in range(7):  # more than the five an address may get in an hour
        result = CliRunner().invoke(
            cli, ["--config", config, "subscribe", f"{n}:anna@kommun.se", "kommunalt-forum"]
        )
        assert result.exit_code == 2, result.output
        assert result.output.strip() == f"error: not an email address: '{n}:anna@kommun.se'"
    assert recorder.received == []
    assert session.scalars(select(Subscription)).all() == []


def test_odd_address_is_the_envelope_recipient(session, world, smtp_server, smtp_settings, mailer):
    recorder, _ = smtp_server
    for address in ("o'hara@kommun.se", "#!$%&'*+-/=?^_`{}|~@kommun.se", "anna+forum@kommun.se"):
        request_subscription(
            session, address, "kommunalt-forum", now=at(2026, 3, 1), settings=smtp_settings, mailer=mailer
        )
    assert [r.rcpt_tos for r in recorder.received] == [
        ["o'hara@kommun.se"],
        ["#!$%&'*+-/=?^_`{}|~@kommun.se"],
        ["anna+forum@kommun.se"],
    ]


def test_a_stored_string_that_is_no_address_is_not_sent(smtp_server, smtp_settings, mailer):
    # One stored before the check: undeliverable (permanent, so it counts as a bounce), sent to no one.
    recorder, _ = smtp_server
    with pytest.raises(SendError, match="not an email address") as refused:
        mailer.send(render_test(to="x:anna@kommun.se", now=at(2026, 3, 1), settings=smtp_settings))
    assert refused.value.permanent
    mailer.send(render_test(to="anna@kommun.se", now=at(2026, 3, 1), settings=smtp_settings))
    assert [r.rcpt_tos for r in recorder.received] == [["anna@kommun.se"]]
