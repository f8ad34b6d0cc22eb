"""The agenda editor and its exports kept the carried items of the day the draft was first opened.

The draft is stored when a secretary first opens the editor. An item corrected to postponed
afterwards was on the public draft (/mote/<id>) but never in the editor nor in the .md, .html and
.docx exports; one corrected back to handled stayed in them. An unpublished draft now follows the
carried items; one the secretary removed from it stays removed.
"""

from __future__ import annotations

import datetime as dt

from planner.store import AgendaItem

from .conftest import NOW, csrf_token, login


def test_sync_carried_adds_after_the_last_carried_line_and_drops_closed_ones():
    from planner.secretary import sync_carried

    lines = [{"title": "Inledning"}, {"title": "A", "carry_id": 1}, {"title": "B", "carry_id": 2},
             {"title": "Övrigt"}]
    planned = [{"title": "Inledning"}, {"title": "A", "carry_id": 1}, {"title": "C", "note": "Bordlades", "carry_id": 3},
               {"title": "Övrigt"}]
    assert [x["title"] for x in sync_carried(lines, planned, open_ids={1, 3}, fresh={3})] == [
        "Inledning", "A", "C", "Övrigt"]
    # no carried line left: the new one goes before the closing lines
    assert [x["title"] for x in sync_carried(lines[:1] + lines[3:], planned, open_ids={3}, fresh={3})] == [
        "Inledning", "C", "Övrigt"]
    assert sync_carried(lines, planned, open_ids={1, 2, 3}, fresh=set()) == lines


def test_item_postponed_after_the_draft_was_opened_reaches_editor_and_exports(app, client, world, db):
    other = AgendaItem(meeting_id=world.held_id, position=2, number="2", title="Budget 2021", status="handled")
    db.add(other)
    db.commit()
    login(client)
    editor = f"/sekreterare/dagordning/{world.next_id}"
    assert "Budget 2021" not in client.get(editor).get_data(as_text=True)  # the draft is stored now
    app.config["PLANNER_NOW"] = lambda: NOW + dt.timedelta(hours=1)
    review = f"/sekreterare/dokument/{world.document_id}"
    token = csrf_token(client, review)
    client.post(f"/sekreterare/ratta/agenda_item/{other.id}",
                data={"csrf_token": token, "status": "postponed", "tillbaka": review})
    page = client.get(editor).get_data(as_text=True)
    assert '<span class="title">Budget 2021</span>' in page
    assert "Budget 2021" in client.get(editor + "?format=md").get_data(as_text=True)
    assert "Budget 2021" in client.get(editor + "?format=html").get_data(as_text=True)

    # removed by the secretary: it stays removed
    titles = [t for t in page.split('<span class="title">')[1:]]
    index = next(i for i, t in enumerate(titles) if t.startswith("Budget 2021"))
    app.config["PLANNER_NOW"] = lambda: NOW + dt.timedelta(hours=2)
    client.post(editor, data={"csrf_token": csrf_token(client, editor), "atgard": "remove", "rad": str(index)})
    assert "Budget 2021" not in client.get(editor).get_data(as_text=True)

    # the first item corrected to handled: its carried item goes from the draft
    assert "Information om Yrkes-SM" in client.get(editor + "?format=md").get_data(as_text=True)
    client.post(f"/sekreterare/ratta/agenda_item/{world.item_id}",
                data={"csrf_token": token, "status": "handled", "tillbaka": review})
    assert "Information om Yrkes-SM" not in client.get(editor + "?format=md").get_data(as_text=True)
