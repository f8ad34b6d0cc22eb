"""The page after unsubscribing said "Du får inga fler påminnelser från oss" whatever the link ended: an address
that kept another subscription (another body, all forums) was told it would get nothing more, and the page
named neither the address nor what had ended. It now names both, and the subscriptions that go on."""

from __future__ import annotations

import pytest

from notifications.subscriptions import unsubscribe_token
from tests.notifications.conftest import at, confirmed_subscription


@pytest.fixture
def client(settings, engine):
    from planner.app import create_app

    app = create_app(settings)
    app.config["PLANNER_NOW"] = lambda: at(2026, 3, 2, 12)
    yield app.test_client()
    app.extensions["planner.engine"].dispose()


def test_unsubscribing_one_of_several_names_what_goes_on(client, session, settings, world):
    forum = confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    confirmed_subscription(session, "a@kommun.se", "presidieberedning", now=at(2026, 3, 1))
    confirmed_subscription(session, "a@kommun.se", "all", now=at(2026, 3, 1))
    confirmed_subscription(session, "b@kommun.se", "organisation:region-kronoberg", now=at(2026, 3, 1))
    token = unsubscribe_token(settings, forum)

    asked = client.get(f"/notifications/unsubscribe/{token}").get_data(as_text=True)
    assert "påminnelser via e-post om Kommunalt forum till a@kommun.se?" in asked

    done = client.post(f"/notifications/unsubscribe/{token}", data={"List-Unsubscribe": "One-Click"})
    text = " ".join(done.get_data(as_text=True).split())
    assert done.status_code == 200
    assert "a@kommun.se får inga fler påminnelser om Kommunalt forum." in text
    assert "Du får inga fler påminnelser från oss" not in text
    assert "du får fortfarande påminnelser om Presidieberedningen och alla forum." in text
    assert "Region Kronoberg" not in text  # another address's subscription
    assert 'href="/avregistrera"' in text


def test_unsubscribing_the_last_one_says_nothing_more_comes(client, session, settings, world):
    forum = confirmed_subscription(session, "a@kommun.se", "kommunalt-forum", now=at(2026, 3, 1))
    ended = confirmed_subscription(session, "a@kommun.se", "presidieberedning", now=at(2026, 3, 1))
    client.post(f"/notifications/unsubscribe/{unsubscribe_token(settings, ended)}")

    done = client.post(f"/notifications/unsubscribe/{unsubscribe_token(settings, forum)}")
    text = " ".join(done.get_data(as_text=True).split())
    assert "a@kommun.se får inga fler påminnelser om Kommunalt forum." in text
    assert "Du får inga fler påminnelser från oss." in text and "fortfarande" not in text
    assert 'href="/prenumerera"' in text
