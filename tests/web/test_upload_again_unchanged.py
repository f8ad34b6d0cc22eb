"""Uploading minutes already read, unchanged, said "1 fil(er) inlästa. Granska uppgifterna och bekräfta."
as if something new waited for review. And the review page linked "publik sida" for meetings still
under review, a page that answers 404 until they are confirmed."""

from __future__ import annotations

from .conftest import csrf_token, login, upload


def _upload(client, token: str, *paths):
    return upload(client, token, *((p.name, p.read_bytes()) for p in paths), follow_redirects=True)


def test_same_minutes_again_say_nothing_new(client, world, seed):
    login(client)
    token = csrf_token(client, "/sekreterare/")
    first = _upload(client, token, seed("001")).get_data(as_text=True)  # 2018: meetings the planner did not know
    assert "1 fil inläst. Granska uppgifterna och bekräfta." in first
    cards = [c.split("</article>")[0] for c in first.split('<article class="fact-card')[1:]]
    waiting = [c for c in cards if "väntar på granskning" in c and "/ratta/meeting/" in c]
    assert waiting and all("publik sida" not in c for c in waiting)  # their public pages are 404s until confirmed
    assert all("publik sida" in c for c in cards if c not in waiting and "/ratta/meeting/" in c)
    again = _upload(client, token, seed("001")).get_data(as_text=True)
    assert "Filen var redan inläst och är oförändrad: inget nytt att granska." in again
    assert "inläst." not in again and "inlästa." not in again
    both = _upload(client, token, seed("001"), seed("000")).get_data(as_text=True)
    assert "2 filer inlästa (1 av dem var redan inläst och är oförändrad). Granska" in both


def test_upload_message_says_when_everything_is_published_at_once(app, client, world, seed):
    """With auto_publish = "all" nothing waits for a confirmation: the message said "Granska
    uppgifterna och bekräfta." all the same, and the review page then said all was published."""
    settings = app.extensions["planner.settings"]
    app.extensions["planner.settings"] = settings.replace(web={"auto_publish": "all"})
    login(client)
    token = csrf_token(client, "/sekreterare/")
    page = _upload(client, token, seed("001")).get_data(as_text=True)
    assert "1 fil inläst. Allt är publicerat: granska uppgifterna och rätta dem vid behov." in page
    assert "bekräfta." not in page
