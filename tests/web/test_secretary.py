"""Secretary pages: login, review, corrections (stored and re-applied), confirmation, agenda editor."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from planner.corrections import apply_corrections, correct
from planner.secretary import edit_lines, safe_next
from planner.store import AgendaItem, CarryItem, Document, Event, Meeting
from planner.webmodels import AgendaDraft, Correction

from .conftest import NOW, PASSWORD, csrf_token, login


def test_safe_next_stays_on_the_site():
    assert safe_next("/sekreterare/dokument/3", "/") == "/sekreterare/dokument/3"
    for bad in ("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", None):
        assert safe_next(bad, "/sekreterare/") == "/sekreterare/"


def test_edit_lines_reorders_adds_and_removes():
    lines = [{"title": "A"}, {"title": "B"}, {"title": "C"}]
    assert [x["title"] for x in edit_lines(lines, "up", 1, "")] == ["B", "A", "C"]
    assert [x["title"] for x in edit_lines(lines, "down", 2, "")] == ["A", "B", "C"]
    assert [x["title"] for x in edit_lines(lines, "remove", 0, "")] == ["B", "C"]
    assert [x["title"] for x in edit_lines(lines, "add", -1, " Övrigt ")] == ["A", "B", "C", "Övrigt"]
    # renamed: a carried line keeps its note and carried item; a blank title changes nothing
    carried = [{"title": "A", "note": "Bordlades 2020-02-07, punkt 1", "carry_id": 7}]
    assert edit_lines(carried, "rename", 0, " Budget 2021 ") == [
        {"title": "Budget 2021", "note": "Bordlades 2020-02-07, punkt 1", "carry_id": 7}]
    assert edit_lines(carried, "rename", 0, " ") == carried


def test_wrong_password_is_refused_and_right_one_logs_in(client, world):
    r = login(client, password="fel-lösenord")
    assert r.status_code == 401 and "Fel användarnamn eller lösenord" in r.get_data(as_text=True)
    r = login(client)
    assert r.status_code == 302 and r.headers["Location"] == "/sekreterare/"
    page = client.get("/sekreterare/").get_data(as_text=True)
    assert "Väntar på granskning" in page and "Svar på remiss" in page and "säkerhet 40 %" in page


def test_correction_is_stored_with_who_when_old_and_new(client, world, db):
    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    page = client.get(review).get_data(as_text=True)
    assert '<a class="fact" href="#mote-' in page  # facts highlighted in the text, linked to their forms
    token = csrf_token(client, review)
    r = client.post(f"/sekreterare/ratta/meeting/{world.next_id}",
                    data={"csrf_token": token, "date": "2020-03-13", "start": "09:00", "end": "12:00",
                          "venue": "Videum", "online": "", "status": "planned", "tillbaka": review})
    assert r.status_code == 302 and r.headers["Location"] == review
    db.expire_all()
    m = db.get(Meeting, world.next_id)
    assert m.date == dt.date(2020, 3, 13) and m.sequence == 1
    (c,) = db.scalars(select(Correction)).all()
    assert (c.entity, c.field, c.old_value, c.new_value, c.user.username) == (
        "meeting", "date", "2020-03-06", "2020-03-13", "sekreterare")
    assert c.at == NOW or c.at.replace(tzinfo=dt.UTC) == NOW
    assert "2020-03-06 → 2020-03-13" in client.get(review).get_data(as_text=True)


def test_bad_date_gives_a_swedish_message(client, world):
    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    token = csrf_token(client, review)
    r = client.post(f"/sekreterare/ratta/meeting/{world.next_id}",
                    data={"csrf_token": token, "date": "6 mars", "tillbaka": review}, follow_redirects=True)
    assert "Ogiltigt värde" in r.get_data(as_text=True)


def test_corrections_win_over_re_extraction(db, world):
    meeting = db.get(Meeting, world.next_id)
    item = db.get(AgendaItem, world.item_id)
    event = db.get(Event, world.event_id)
    doc = db.get(Document, world.document_id)
    correct(db, meeting, {"venue": "Kommunhuset"}, user=None, document=doc, now=NOW)
    correct(db, item, {"status": "handled"}, user=None, document=doc, now=NOW)
    correct(db, event, {"deleted": "true"}, user=None, document=doc, now=NOW)
    db.commit()
    assert event.status == "cancelled"  # it was published: subscribers' copies are cancelled
    # a re-extraction writes back what the minutes said
    meeting.venue, item.status, event.status = "Videum", "postponed", "planned"
    db.commit()
    assert apply_corrections(db, doc, now=NOW) == 3
    db.commit()
    assert (meeting.venue, item.status, event.status) == ("Kommunhuset", "handled", "cancelled")
    assert apply_corrections(db, doc, now=NOW) == 0  # idempotent


def test_deleting_an_unpublished_event_hides_it(client, world, db):
    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    token = csrf_token(client, review)
    client.post(f"/sekreterare/ratta/event/{world.waiting_event_id}",
                data={"csrf_token": token, "ta_bort": "1", "tillbaka": review})
    db.expire_all()
    assert db.get(Event, world.waiting_event_id).status == "deleted"
    client.post(f"/sekreterare/dokument/{world.document_id}/bekrafta", data={"csrf_token": token})
    db.expire_all()
    assert db.get(Event, world.waiting_event_id).published is False  # confirming skips deleted ones


def test_confirm_publishes_what_waits(client, world, db):
    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    token = csrf_token(client, review)
    r = client.post(f"/sekreterare/dokument/{world.document_id}/bekrafta", data={"csrf_token": token},
                    follow_redirects=True)
    assert "Bekräftat: 1 uppgift publiceras nu i kalendrar och påminnelser." in r.get_data(as_text=True)
    db.expire_all()
    assert db.get(Event, world.waiting_event_id).published is True
    assert "Svar på remiss" in client.get("/manad/2020/3").get_data(as_text=True)


def test_secretary_of_another_body_may_not_correct(client, world, db):
    from planner.auth import add_user
    from planner.store import Body

    db.add(Body(slug="annat", name="Annat forum"))
    db.flush()
    add_user(db, "annan", "annat-lösenord-1", body_slugs=("annat",))
    db.commit()
    login(client, "annan", "annat-lösenord-1")
    token = csrf_token(client, "/sekreterare/")
    r = client.post(f"/sekreterare/ratta/meeting/{world.next_id}", data={"csrf_token": token, "venue": "X"})
    assert r.status_code == 403


def test_agenda_editor_reorders_marks_handled_exports_and_publishes(client, world, db):
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    page = client.get(url).get_data(as_text=True)
    assert "Information om Yrkes-SM" in page and "Bordlades 2020-02-07, punkt 1" in page
    token = csrf_token(client, url)
    client.post(url, data={"csrf_token": token, "atgard": "add", "rubrik": "Övrigt"})
    client.post(url, data={"csrf_token": token, "atgard": "add", "rubrik": "Incheckning"})
    client.post(url, data={"csrf_token": token, "atgard": "up", "rad": "2"})
    db.expire_all()
    draft = db.scalars(select(AgendaDraft)).one()
    assert [line["title"] for line in __import__("json").loads(draft.lines_json)] == [
        "Information om Yrkes-SM", "Incheckning", "Övrigt"]
    r = client.post(url, data={"csrf_token": token, "atgard": "dropped", "rad": "0", "motivering": ""},
                    follow_redirects=True)
    assert "Ange ett skäl" in r.get_data(as_text=True)
    client.post(url, data={"csrf_token": token, "atgard": "handled", "rad": "0", "motivering": "Klart via mejl"})
    db.expire_all()
    carry = db.get(CarryItem, world.carry_id)
    assert carry.state == "closed" and carry.closed_reason == "Klart via mejl"
    assert [s.kind for s in carry.steps][-1] == "handled"
    md = client.get(url + "?format=md")
    assert md.status_code == 200 and "1. Incheckning\n2. Övrigt" in md.get_data(as_text=True)
    docx_bytes = client.get(url + "?format=docx").data
    assert docx_bytes[:2] == b"PK"
    assert "<li>Incheckning</li>" in client.get(url + "?format=html").get_data(as_text=True)
    assert "Förslag till dagordning" in client.get(f"/mote/{world.next_id}").get_data(as_text=True)
    client.post(url, data={"csrf_token": token, "atgard": "publish"})
    page = client.get(f"/mote/{world.next_id}").get_data(as_text=True)
    assert '<h2 id="dagordning">Dagordning</h2>' in page and "Incheckning" in page


def test_agenda_editor_renames_a_line(client, world):
    """The editor could add, move and remove lines but not rename one (a carried item's wording for the agenda)."""
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    page = client.get(url).get_data(as_text=True)
    assert '<label for="rubrik-0">Ny rubrik för punkt 1</label>' in page
    client.post(url, data={"csrf_token": csrf_token(client, url), "atgard": "rename", "rad": "0",
                           "rubrik": "Yrkes-SM 2021: lägesrapport"})
    md = client.get(url + "?format=md").get_data(as_text=True)
    assert "1. Yrkes-SM 2021: lägesrapport\n   *Bordlades 2020-02-07, punkt 1*" in md
    assert "Information om Yrkes-SM" not in md


def test_agenda_editor_refuses_a_pasted_text_as_title(client, world, db):
    """A whole text pasted as a new line's title (2,000 characters and more) was stored and exported as it came."""
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    token = csrf_token(client, url)
    r = client.post(url, data={"csrf_token": token, "atgard": "add", "rubrik": "Lång rubrik " * 50},
                    follow_redirects=True)
    assert "Rubriken får vara högst 500 tecken (nu 599)." in r.get_data(as_text=True)
    assert "Lång rubrik" not in client.get(url + "?format=md").get_data(as_text=True)
    client.post(url, data={"csrf_token": token, "atgard": "add", "rubrik": "Å" * 500})
    assert "Å" * 500 in client.get(url + "?format=md").get_data(as_text=True)


def test_upload_of_a_seed_ingests_it_and_shows_the_review(client, world, db, seed):
    from .conftest import multipart

    login(client)
    token = csrf_token(client, "/sekreterare/")
    path = seed("003")
    body, content_type = multipart({"csrf_token": token}, [("filer", path.name, path.read_bytes())])
    r = client.post("/sekreterare/ladda-upp", data=body, content_type=content_type)
    assert r.status_code == 302 and "/sekreterare/dokument/" in r.headers["Location"], r.get_data(as_text=True)
    doc = db.scalars(select(Document).where(Document.filename == path.name)).one()
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert path.name in page and '<mark title="' in page
    # the same file again changes nothing
    body, content_type = multipart({"csrf_token": token}, [("filer", path.name, path.read_bytes())])
    client.post("/sekreterare/ladda-upp", data=body, content_type=content_type)
    db.expire_all()
    assert len(db.scalars(select(Document).where(Document.sha256 == doc.sha256)).all()) == 1


@pytest.mark.parametrize("suffix", [".markdown", ".text", ".xhtml"])
def test_upload_takes_every_type_the_command_line_reads(client, world, db, seed, suffix):
    # The upload once took only .txt, .md, .docx, .pdf, .html and .htm, fewer than `planner extract`.
    from .conftest import multipart

    login(client)
    token = csrf_token(client, "/sekreterare/")
    path = seed("003")
    data = path.read_bytes()
    if suffix == ".xhtml":
        data = b"<html><body><pre>" + data.replace(b"&", b"&amp;").replace(b"<", b"&lt;") + b"</pre></body></html>"
    name = path.stem + suffix
    body, content_type = multipart({"csrf_token": token}, [("filer", name, data)])
    r = client.post("/sekreterare/ladda-upp", data=body, content_type=content_type)
    assert r.status_code == 302 and "/sekreterare/dokument/" in r.headers["Location"], r.get_data(as_text=True)
    assert db.scalars(select(Document).where(Document.filename == name)).one()


def test_item_corrected_to_postponed_is_carried_to_the_next_agenda(client, world, db):
    from planner.store import AgendaItem as Item

    other = Item(meeting_id=world.held_id, position=2, number="2", title="Budget 2021", status="handled")
    db.add(other)
    db.commit()
    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    token = csrf_token(client, review)
    client.post(f"/sekreterare/ratta/agenda_item/{other.id}", data={"csrf_token": token, "status": "postponed",
                                                                     "tillbaka": review})
    db.expire_all()
    carry = db.scalars(select(CarryItem).where(CarryItem.title == "Budget 2021")).one()
    assert (carry.state, carry.reason, carry.target_meeting_id) == ("open", "postponed", world.next_id)
    assert "Budget 2021" in client.get(f"/mote/{world.next_id}").get_data(as_text=True)
    # corrected back: the carried item read by mistake goes away
    client.post(f"/sekreterare/ratta/agenda_item/{other.id}", data={"csrf_token": token, "status": "handled",
                                                                     "tillbaka": review})
    db.expire_all()
    assert db.scalars(select(CarryItem).where(CarryItem.title == "Budget 2021")).all() == []


def test_wrong_password_keeps_the_user_name_and_points_to_the_error(client, world):
    """After a mistyped password the user name had to be typed again, and the error was tied to no field."""
    r = login(client, "sekreterare", "fel-lösenord")
    page = r.get_data(as_text=True)
    assert r.status_code == 401
    assert re.search(r'<input id="anvandarnamn"[^>]*value="sekreterare"[^>]*aria-describedby="fel"', page)
    assert re.search(r'<input id="losenord"[^>]*aria-describedby="fel" autofocus', page)


def test_login_returns_to_the_page_asked_for(client, world):
    r = client.get(f"/sekreterare/dokument/{world.document_id}")
    assert r.headers["Location"] == f"/sekreterare/logga-in?next=/sekreterare/dokument/{world.document_id}"
    token = csrf_token(client, r.headers["Location"])
    r = client.post(r.headers["Location"], data={"anvandarnamn": "sekreterare", "losenord": "korrekt-hast-batteri",
                                                 "csrf_token": token})
    assert r.headers["Location"] == f"/sekreterare/dokument/{world.document_id}"
    client.post("/sekreterare/logga-ut", data={"csrf_token": csrf_token(client, "/sekreterare/")})
    assert client.get("/sekreterare/").status_code == 302


def test_secretary_home_of_an_empty_database_says_there_are_no_bodies(client, db):
    """With no minutes uploaded yet, the heading "Nästa möte per organ" stood over an empty list."""
    from planner.auth import add_user

    add_user(db, "sekreterare", PASSWORD, role="admin")
    db.commit()
    login(client)
    page = client.get("/sekreterare/").get_data(as_text=True)
    assert "Inga organ ännu. Ett organ läggs till när dess mötesanteckningar laddas upp." in page
    assert "Inga dokument ännu." in page and "Inget väntar på granskning." in page
