"""The web side of subscriptions: confirm link, unsubscribe page, RFC 8058 one-click POST."""

from __future__ import annotations

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
    page = client.get(f"/notifications/confirm/{token}")
    assert page.status_code == 200 and "bekräftad" in page.get_data(as_text=True)
    session.refresh(sub)
    assert sub.status == "active" and sub.confirmed_at is not None
    assert client.get("/notifications/confirm/nonsense").status_code == 400
    # The confirmation mail went to the outbox folder as an .eml file.
    assert len(list(settings.outbox_dir.glob("*.eml"))) == 1
