"""A refused correction on the review page is tied to the fields of its form.

The bug: the message ("Sluttiden 15:00 är före starttiden 16:00.", "Namnet måste fyllas i.") stood in the form
refused, but no field named it (aria-describedby): a screen reader user tabbing back into the form heard the
fields and their values, never why nothing was saved.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from .conftest import csrf_token, login


def fields_of(page: BeautifulSoup, form_action: str) -> list:
    form = page.find("form", action=form_action)
    assert form is not None, form_action
    return [f for f in form.find_all(["input", "select", "textarea"]) if f.get("type") != "hidden"]


def test_a_refused_meeting_correction_is_named_by_its_fields(client, world):
    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    action = f"/sekreterare/ratta/meeting/{world.next_id}"
    before = BeautifulSoup(client.get(review).get_data(as_text=True), "html.parser")
    assert all(not f.get("aria-describedby") for f in fields_of(before, action))
    page = client.post(action, follow_redirects=True, data={
        "csrf_token": csrf_token(client, review), "tillbaka": review, "date": "2020-03-06", "start": "16:00",
        "end": "15:00", "venue": "Videum", "online": "", "status": "planned"}).get_data(as_text=True)
    soup = BeautifulSoup(page, "html.parser")
    fields = fields_of(soup, action)
    assert {f["name"] for f in fields} >= {"date", "start", "end", "venue", "online", "status"}
    for field in fields:
        assert field.get("aria-describedby"), field
        message = soup.find(id=field["aria-describedby"])
        assert message is not None and message.get_text() == "Sluttiden 15:00 är före starttiden 16:00.", field
    # the other forms are not described by it
    other = fields_of(soup, f"/sekreterare/ratta/event/{world.event_id}")
    assert other and all(not f.get("aria-describedby") for f in other)


def test_a_refused_new_attendee_is_named_by_its_fields(client, world):
    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    action = f"/sekreterare/narvaro/mote/{world.held_id}/lagg-till"
    page = client.post(action, follow_redirects=True, data={
        "csrf_token": csrf_token(client, review), "tillbaka": review, "namn": "  ", "organisation": "",
        "roll": "", "narvarande": "true"}).get_data(as_text=True)
    soup = BeautifulSoup(page, "html.parser")
    fields = fields_of(soup, action)
    assert {f["name"] for f in fields} == {"namn", "organisation", "roll", "narvarande"}
    for field in fields:
        assert field.get("aria-describedby"), field
        message = soup.find(id=field["aria-describedby"])
        assert message is not None and message.get_text() == "Namnet måste fyllas i.", field
