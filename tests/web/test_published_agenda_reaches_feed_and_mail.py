"""The agenda a secretary published is the one the calendar feed and the reminder mails carry.

The meeting page showed the published agenda ("Dagordning"), but the feed's DESCRIPTION and the
reminders kept sending the planner's draft ("Utkast till dagordning"): points the secretary added,
moved or closed were missing or still there in Outlook and in the mail the members read before the
meeting. Publishing also left the feed's ETag/Last-Modified as they were in the cache.
"""

from __future__ import annotations

import datetime as dt

import icalendar
from sqlalchemy import select, update

from notifications.content import build_content
from notifications.mail import Letter, render_reminder
from planner.store import Meeting

from .conftest import NOW, csrf_token, login


def description(client, slug: str, uid: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    r = client.get(f"/kalender/organ/{slug}.ics")
    assert r.status_code == 200
    for component in icalendar.Calendar.from_ical(r.data).walk("VEVENT"):
        if str(component["UID"]).partition("@")[0] == uid:
            return str(component.get("DESCRIPTION", "")), r.headers["ETag"]
    raise AssertionError(f"no event {uid}")


def mail_text(db, meeting_id: int, settings) -> str:  # type: ignore[no-untyped-def]
    db.expire_all()
    content = build_content(db, db.get(Meeting, meeting_id), settings, now=NOW)
    letter = Letter(to="ledamot@example.se", message_id="<x@example.se>", now=NOW, scope_name="Forum",
                    unsubscribe_url="https://example.se/avregistrera", unsubscribe_mailto="mailto:a@example.se")
    message = render_reminder(content, letter, settings)
    return "\n".join(part.get_payload(decode=True).decode() for part in message.walk()
                     if part.get_content_type() == "text/plain")


def _clock_running(app, db, world) -> str:  # type: ignore[no-untyped-def]
    """Set the app's clock running from after the meetings' last change; return the next meeting's UID.

    The feed asks the store for its version on every request, and the app's clock runs on from the
    meetings' last change (the rows were stamped with the real time: put them before the clock)."""
    app.config["CALENDARS_RECHECK_SECONDS"] = 0
    db.execute(update(Meeting).values(updated_at=NOW - dt.timedelta(days=1)))
    db.commit()
    ticks = iter(range(1000))
    app.config["PLANNER_NOW"] = lambda: NOW + dt.timedelta(minutes=next(ticks))
    return str(db.scalars(select(Meeting.uid).where(Meeting.id == world.next_id)).one())


def test_published_agenda_replaces_the_draft_in_feed_and_mail(app, client, world, db, settings):
    uid = _clock_running(app, db, world)
    draft_text, draft_etag = description(client, world.body_slug, uid)
    assert "Utkast till dagordning:" in draft_text and "Information om Yrkes-SM" in draft_text
    assert "Utkast till dagordning" in mail_text(db, world.next_id, settings)

    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    token = csrf_token(client, url)
    client.post(url, data={"csrf_token": token, "atgard": "add", "rubrik": "Budget 2021"})
    # an unpublished edit is the secretary's work in progress: subscribers still get the draft
    assert "Budget 2021" not in description(client, world.body_slug, uid)[0]
    client.post(url, data={"csrf_token": token, "atgard": "publish"})

    published, etag = description(client, world.body_slug, uid)
    assert "Dagordning:\n1. Information om Yrkes-SM (Bordlades 2020-02-07, punkt 1)\n2. Budget 2021" in published
    assert "Utkast" not in published and etag != draft_etag
    text = mail_text(db, world.next_id, settings)
    assert "Dagordning:" in text and "Utkast" not in text
    assert text.index("Information om Yrkes-SM") < text.index("Budget 2021")

    # an edit after publishing reaches the feed too (the cache sees the meeting changed)
    client.post(url, data={"csrf_token": token, "atgard": "remove", "rad": "0"})
    again, _ = description(client, world.body_slug, uid)
    assert "1. Budget 2021" in again and "Yrkes-SM" not in again


def test_publishing_can_be_withdrawn_and_the_draft_is_shown_again(app, client, world, db, settings):
    """A published agenda could not go back to a draft (a QA round): "Återkalla publiceringen" makes it one again,
    and the feed and the reminders carry the planner's draft again (the feed's cache sees the meeting change)."""
    uid = _clock_running(app, db, world)
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    token = csrf_token(client, url)
    client.post(url, data={"csrf_token": token, "atgard": "add", "rubrik": "Budget 2021"})
    client.post(url, data={"csrf_token": token, "atgard": "publish"})
    page = client.get(url).get_data(as_text=True)
    assert "Återkalla publiceringen" in page and "Publicera dagordningen på nytt" in page
    assert "Dagordning:" in description(client, world.body_slug, uid)[0]

    r = client.post(url, data={"csrf_token": token, "atgard": "unpublish"}, follow_redirects=True)
    page = r.get_data(as_text=True)
    assert "Publiceringen är återkallad: dagordningen är ett utkast igen." in page
    assert "Utkast, inte publicerad." in page and "Återkalla publiceringen" not in page
    draft, _ = description(client, world.body_slug, uid)
    assert "Utkast till dagordning:" in draft and "Budget 2021" not in draft
    assert "Utkast till dagordning" in mail_text(db, world.next_id, settings)


def test_an_action_on_a_line_comes_back_at_that_line(client, world):
    """The editor reloaded at the top of the page after each action, far from the line acted on."""
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    token = csrf_token(client, url)
    for title in ("Budget 2021", "Lokaler", "Övriga frågor"):
        assert client.post(url, data={"csrf_token": token, "atgard": "add", "rubrik": title}).headers[
            "Location"].endswith("#punkt-" + str(1 + ("Budget 2021", "Lokaler", "Övriga frågor").index(title) + 1))
    page = client.get(url).get_data(as_text=True)
    assert 'id="punkt-4"' in page
    moved = client.post(url, data={"csrf_token": token, "atgard": "down", "rad": "1"})
    assert moved.headers["Location"].endswith("#punkt-3")
    up = client.post(url, data={"csrf_token": token, "atgard": "up", "rad": "0"})  # the first stays first
    assert up.headers["Location"].endswith("#punkt-1")
    removed = client.post(url, data={"csrf_token": token, "atgard": "remove", "rad": "3"})  # the last: back at the new last
    assert removed.headers["Location"].endswith("#punkt-3")
    published = client.post(url, data={"csrf_token": token, "atgard": "publish"})
    assert published.headers["Location"].endswith("#innehall")  # at the top, where its message is
