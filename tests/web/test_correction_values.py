"""Corrections the fields cannot hold are refused in Swedish, and nothing is stored.

An event's title emptied in the review form made the UPDATE fail on the NOT NULL column: a 500
(and, since the error page then read the broken session, waitress's English "Internal Server
Error"). A status or kind outside the form's choices (a hand-made request) was stored as it came,
and pages and the correction history then showed it raw ("status: planerat → nonsense").
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from planner.store import AgendaItem, Event, Meeting
from planner.webmodels import Correction

from .conftest import csrf_token, login


def post_correction(client, world, entity: str, row_id: int, values: dict[str, str]):
    review = f"/sekreterare/dokument/{world.document_id}"
    token = csrf_token(client, review)
    return client.post(f"/sekreterare/ratta/{entity}/{row_id}", data={"csrf_token": token, "tillbaka": review,
                                                                       **values}, follow_redirects=True)


def test_emptied_event_title_is_refused_in_swedish(client, world, db):
    login(client)
    r = post_correction(client, world, "event", world.event_id,
                        {"title": "  ", "kind": "workshop", "date": "2020-05-08", "start": "", "end": "", "venue": ""})
    assert r.status_code == 200
    assert "Rubriken måste fyllas i." in r.get_data(as_text=True)
    db.expire_all()
    assert db.get(Event, world.event_id).title.startswith("Workshop")
    assert not db.scalars(select(Correction)).all()


@pytest.mark.parametrize(("entity", "field", "value"), [
    ("meeting", "status", "nonsense"),
    ("event", "kind", "bogus"),
    ("event", "status", "deleted"),
    ("agenda_item", "status", "zzz"),
])
def test_unknown_choice_is_refused(client, world, db, entity, field, value):
    login(client)
    row_id = {"meeting": world.next_id, "event": world.event_id, "agenda_item": world.item_id}[entity]
    r = post_correction(client, world, entity, row_id, {field: value})
    assert f"Ogiltigt värde &#39;{value}&#39;: välj ett av alternativen." in r.get_data(as_text=True)
    db.expire_all()
    model = {"meeting": Meeting, "event": Event, "agenda_item": AgendaItem}[entity]
    assert getattr(db.get(model, row_id), field) != value


def test_too_long_venue_is_refused(client, world, db):
    login(client)
    r = post_correction(client, world, "meeting", world.next_id, {"venue": "V" * 501})
    assert "Platsen får vara högst 500 tecken (nu 501)." in r.get_data(as_text=True)
    db.expire_all()
    assert db.get(Meeting, world.next_id).venue == "Videum"


@pytest.mark.parametrize("entity", ["meeting", "event"])
def test_clearing_the_date_of_a_dated_row_is_refused(client, world, db, entity):
    # A meeting or event with neither date nor month was accepted and then placed nowhere.
    login(client)
    row_id = {"meeting": world.next_id, "event": world.event_id}[entity]
    model = {"meeting": Meeting, "event": Event}[entity]
    before = db.get(model, row_id).date
    assert before is not None and db.get(model, row_id).month is None
    r = post_correction(client, world, entity, row_id, {"date": ""})
    assert "Datumet måste fyllas i" in r.get_data(as_text=True)
    db.expire_all()
    assert db.get(model, row_id).date == before
    assert not db.scalars(select(Correction)).all()


def test_refused_correction_shows_what_was_typed_once(client, world, db):
    # The page redrew the form from the database: the secretary's other edits were lost with the error.
    login(client)
    r = post_correction(client, world, "event", world.event_id,
                        {"title": "", "kind": "workshop", "date": "2020-05-09", "start": "10:00", "end": "",
                         "venue": "Nya lokalen, Växjö"})
    page = r.get_data(as_text=True)
    assert "Rubriken måste fyllas i." in page
    form = page.split(f'id="handelse-{world.event_id}"')[1].split("</form>")[0]
    assert 'value="Nya lokalen, Växjö"' in form and 'value="2020-05-09"' in form and 'value="10:00"' in form
    assert f'id="handelse-{world.event_id}-title" name="title" value=""' in form
    again = client.get(f"/sekreterare/dokument/{world.document_id}").get_data(as_text=True)
    form = again.split(f'id="handelse-{world.event_id}"')[1].split("</form>")[0]
    assert "Nya lokalen" not in form and 'value="2020-05-08"' in form  # the stored values, once shown


def test_refusal_is_said_in_the_form_the_page_opens_at(client, world):
    """The page opens at the refused form (#mote-2), with what was typed, but the refusal was only said at the
    top of the page, out of sight: the secretary believed the correction saved."""
    login(client)
    r = post_correction(client, world, "meeting", world.next_id, {"start": "14:00", "end": "10:00"})
    page = r.get_data(as_text=True)
    form = page[page.index(f'id="mote-{world.next_id}"'):]
    form = form[:form.index("</form>")]
    assert (f'<p class="flash error" role="alert" id="fel-meeting-{world.next_id}">'
            'Sluttiden 10:00 är före starttiden 14:00.</p>') in form
    assert page.count("Sluttiden 10:00 är före starttiden 14:00.") == 2  # and in the flash at the top
    assert "role=\"alert\"" not in client.get(f"/sekreterare/dokument/{world.document_id}").get_data(as_text=True)
