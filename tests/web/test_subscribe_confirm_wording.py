"""Since the confirmation link opens a page whose button confirms (link scanners confirmed no one's
subscriptions), the page after the form still said the subscription began "när du har klickat på länken",
valid "i ett begränsat antal dagar": whoever opened the link and closed the page thought it done. And the
page after the button said "Du får nu påminnelser" without naming the address or what they are about."""

from __future__ import annotations

import re
from email import message_from_bytes, policy

from .conftest import csrf_token


def test_the_pages_of_the_opt_in_say_what_to_do_and_what_was_confirmed(client, world, settings):
    token = csrf_token(client, "/prenumerera")
    r = client.post("/prenumerera", data={"csrf_token": token, "organ": world.body_slug, "epost": "anna@example.se"},
                    follow_redirects=True)
    sent = " ".join(r.get_data(as_text=True).split())
    assert "klickat på länken" not in sent and "begränsat antal" not in sent
    assert "tryckt på knappen <strong>Ja, bekräfta prenumerationen</strong>" in sent
    assert "Länken gäller i 7 dagar." in sent

    (path,) = settings.outbox_dir.glob("*.eml")
    mail = message_from_bytes(path.read_bytes(), policy=policy.default).get_body(preferencelist=("plain",))
    link = re.search(r"https://planner\.example\.se(/notifications/confirm/\S+)", mail.get_content()).group(1)
    page = client.get(link).get_data(as_text=True)
    assert "Ja, bekräfta prenumerationen" in page  # the button the page after the form names
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    done = " ".join(client.post(link, data={"csrf_token": csrf}).get_data(as_text=True).split())
    assert "anna@example.se får nu påminnelser via e-post om Kommunalt forum inför möten" in done
    again = " ".join(client.get(link).get_data(as_text=True).split())
    assert "anna@example.se får nu påminnelser via e-post om Kommunalt forum" in again
