"""The email subscription and unsubscribe forms start the notifications package's double opt-in flows."""

from __future__ import annotations

from email import message_from_bytes, policy

from .conftest import csrf_token


def _outbox(settings) -> list:
    folder = settings.outbox_dir
    return [message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(folder.glob("*.eml"))] \
        if folder.exists() else []


def test_subscription_form_sends_a_confirmation_mail(client, world, settings):
    token = csrf_token(client, f"/prenumerera?organ={world.body_slug}")
    page = client.get(f"/prenumerera?organ={world.body_slug}").get_data(as_text=True)
    assert f'<option value="{world.body_slug}" selected>' in page
    r = client.post("/prenumerera", data={"csrf_token": token, "organ": world.body_slug, "epost": "Anna@Example.SE"})
    assert r.status_code == 302 and r.headers["Location"] == "/prenumerera/skickat"
    (mail,) = _outbox(settings)
    assert mail["To"].lower() == "anna@example.se"
    assert "https://planner.example.se/" in mail.get_body(preferencelist=("plain",)).get_content()


def test_subscription_form_explains_bad_input_in_swedish(client, world, settings):
    token = csrf_token(client, "/prenumerera")
    r = client.post("/prenumerera", data={"csrf_token": token, "organ": world.body_slug, "epost": "inte en adress"})
    assert r.status_code == 400 and "Ange en giltig e-postadress" in r.get_data(as_text=True)
    r = client.post("/prenumerera", data={"csrf_token": token, "organ": "", "epost": "a@b.se"})
    assert r.status_code == 400 and "Välj vilket organ" in r.get_data(as_text=True)
    assert _outbox(settings) == []


def test_unsubscribe_form_answers_the_same_for_unknown_addresses(client, world, settings):
    token = csrf_token(client, "/avregistrera")
    r = client.post("/avregistrera", data={"csrf_token": token, "epost": "okand@example.se"}, follow_redirects=True)
    assert r.status_code == 200 and "Om adressen prenumererar" in r.get_data(as_text=True)
    assert _outbox(settings) == []  # never reveals whether an address is subscribed


def test_subscription_form_says_so_when_the_mail_server_is_down(settings, world):
    """An SMTP server that does not answer gives a Swedish message, not a 500; nothing is confirmed."""
    import socket

    from sqlalchemy import select

    from notifications.models import Subscription
    from planner.app import create_app

    with socket.socket() as s:  # a free port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    down = settings.replace(mail={"backend": "smtp", "host": "127.0.0.1", "port": port, "timeout_seconds": 2})
    app = create_app(down)
    try:
        client = app.test_client()
        token = csrf_token(client, "/prenumerera")
        r = client.post("/prenumerera", data={"csrf_token": token, "organ": world.body_slug, "epost": "a@b.se"})
        assert r.status_code == 400
        assert "Vi kunde inte skicka e-post just nu" in r.get_data(as_text=True)
        with app.extensions["planner.sessionmaker"]() as s:
            # At most a pending row: trying again re-sends the confirmation; nothing is ever mailed unconfirmed.
            assert all(sub.status == "pending" for sub in s.scalars(select(Subscription)))
    finally:
        app.extensions["planner.engine"].dispose()


def test_subscription_form_refuses_non_ascii_before_the_at(client, world, settings):
    """Such an address was accepted, and the confirmation then crashed in smtplib (a 500 on SMTP)."""
    token = csrf_token(client, "/prenumerera")
    r = client.post("/prenumerera", data={"csrf_token": token, "organ": world.body_slug, "epost": "örjan@växjö.se"})
    assert r.status_code == 400 and "Ange en giltig e-postadress" in r.get_data(as_text=True)
    assert _outbox(settings) == []
