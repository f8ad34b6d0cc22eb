"""The web side of subscriptions: confirm link, unsubscribe page, RFC 8058 one-click POST."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from notifications.models import Subscription
from notifications.subscriptions import confirm_token, unsubscribe_token
from tests.notifications.conftest import at, confirmed_subscription


@pytest.fixture
def app(settings, engine):
    from planner.app import create_app

    app = create_app(settings)
    app.config["PLANNER_NOW"] = lambda: at(2026, 3, 2, 12)
    yield app
    app.extensions["planner.engine"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


def test_one_click_post_unsubscribes(client, session, settings, world):
    sub = confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    token = unsubscribe_token(settings, sub)
    # Opening the link only shows a button (link scanners must not unsubscribe anyone).
    page = client.get(f"/notifications/unsubscribe/{token}")
    assert page.status_code == 200 and "Avsluta prenumerationen" in page.get_data(as_text=True)
    session.refresh(sub)
    assert sub.status == "active"
    # What a mail provider sends (RFC 8058): no cookies, no CSRF token.
    done = client.post(f"/notifications/unsubscribe/{token}", data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert "Prenumerationen är avslutad" in done.get_data(as_text=True)
    session.refresh(sub)
    assert sub.status == "unsubscribed" and sub.unsubscribed_at is not None
    # Again: still fine (idempotent), and a forged token changes nothing.
    assert client.post(f"/notifications/unsubscribe/{token}", data={"List-Unsubscribe": "One-Click"}).status_code == 200
    assert client.post(f"/notifications/unsubscribe/{token[:-3]}abc").status_code == 400


def test_confirm_link(client, session, settings, world):
    from notifications.mail import OutboxMailer
    from notifications.subscriptions import request_subscription

    request_subscription(session, "b@kommun.se", "kommunalt-forum", now=at(2026, 3, 1), settings=settings,
                         mailer=OutboxMailer(settings.outbox_dir))
    sub = session.scalars(select(Subscription)).one()
    assert sub.status == "pending"
    token = confirm_token(settings, sub, now=at(2026, 3, 1))
    # Opening the link (as a mail system's link scanner does) only shows a button: nothing is confirmed.
    page = client.get(f"/notifications/confirm/{token}")
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Ja, bekräfta prenumerationen" in text and "från Kommunalt forum" in text
    session.refresh(sub)
    assert sub.status == "pending" and sub.confirmed_at is None
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', text).group(1)
    done = client.post(f"/notifications/confirm/{token}", data={"csrf_token": csrf})
    assert done.status_code == 200 and "Prenumerationen är bekräftad" in done.get_data(as_text=True)
    session.refresh(sub)
    assert sub.status == "active" and sub.confirmed_at is not None
    # The link again, once confirmed: says so, no button.
    again = client.get(f"/notifications/confirm/{token}").get_data(as_text=True)
    assert "Prenumerationen är bekräftad" in again and "Ja, bekräfta" not in again
    assert client.get("/notifications/confirm/nonsense").status_code == 400
    assert client.post("/notifications/confirm/nonsense", data={"csrf_token": csrf}).status_code == 400
    # The button without the page's CSRF token confirms nothing.
    request_subscription(session, "c@kommun.se", "kommunalt-forum", now=at(2026, 3, 1), settings=settings,
                         mailer=OutboxMailer(settings.outbox_dir))
    other = session.scalars(select(Subscription).where(Subscription.email == "c@kommun.se")).one()
    assert client.post(f"/notifications/confirm/{confirm_token(settings, other, now=at(2026, 3, 1))}").status_code == 400
    session.refresh(other)
    assert other.status == "pending"
    # The confirmation mails went to the outbox folder as .eml files.
    assert len(list(settings.outbox_dir.glob("*.eml"))) == 2


def test_web_adapters_answer_alike(session, settings, world):
    """The web form's functions: a confirmation for a new address, unsubscribe links only to subscribers."""
    import email
    import email.policy

    from notifications.subscriptions import request_unsubscribe_from_web, subscribe_from_web

    def mails() -> list:
        return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
                for p in sorted(settings.outbox_dir.glob("*.eml"))]

    subscribe_from_web(session, "Ny@Kommun.se", world.body.slug, settings=settings, now=at(2026, 3, 1))
    assert [m["To"] for m in mails()] == ["ny@kommun.se"]
    confirmed_subscription(session, "gammal@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    request_unsubscribe_from_web(session, "okand@kommun.se", settings=settings, now=at(2026, 3, 2))
    request_unsubscribe_from_web(session, "GAMMAL@kommun.se", settings=settings, now=at(2026, 3, 2))
    sent = mails()
    assert sorted(m["To"] for m in sent) == ["gammal@kommun.se", "ny@kommun.se"]
    [links] = [m for m in sent if m["To"] == "gammal@kommun.se"]
    assert "https://planner.example.se/notifications/unsubscribe/" in links.get_content()
    with pytest.raises(ValueError):
        subscribe_from_web(session, "inte en adress", world.body.slug, settings=settings, now=at(2026, 3, 1))
