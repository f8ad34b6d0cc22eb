"""Corrections win over re-extraction: an out-of-order upload refolds the body, the corrections stay."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select

from planner.store import CarryItem, Document, Meeting

from .conftest import csrf_token, login, upload_to_review


def _upload(client, token: str, path) -> str:
    return upload_to_review(client, token, path.name, path.read_bytes())


def test_corrections_survive_an_out_of_order_upload_of_the_same_body(client, world, db, seed):
    login(client)
    token = csrf_token(client, "/sekreterare/")
    review = _upload(client, token, seed("000"))  # Kommunalt forum 2020-03-06
    doc = db.scalars(select(Document).where(Document.filename == seed("000").name)).one()
    held = db.scalars(select(Meeting).where(Meeting.document_id == doc.id)).one()
    announced = db.scalars(select(Meeting).where(Meeting.source_document_id == doc.id,
                                                 Meeting.document_id.is_(None)).order_by(Meeting.date)).first()
    assert announced is not None and announced.date is not None
    new_date = announced.date + dt.timedelta(days=7)
    client.post(f"/sekreterare/ratta/meeting/{held.id}", data={"csrf_token": token, "venue": "Rättad lokal",
                                                                "tillbaka": review})
    client.post(f"/sekreterare/ratta/meeting/{announced.id}", data={"csrf_token": token,
                                                                     "date": new_date.isoformat(),
                                                                     "tillbaka": review})
    carry = db.scalars(select(CarryItem).where(CarryItem.document_id == doc.id, CarryItem.state == "open")).first()
    assert carry is not None
    agenda = f"/sekreterare/dagordning/{announced.id}"
    client.get(agenda)
    page = client.get(agenda).get_data(as_text=True)
    assert carry.title in page
    lines = re.split(r"<li[ >]", page.split('<ol class="agenda-edit">')[1].split("</ol>")[0])[1:]
    index = next(i for i, line in enumerate(lines) if carry.title in line)
    client.post(agenda, data={"csrf_token": token, "atgard": "dropped", "rad": str(index),
                              "motivering": "Inaktuell"})
    db.expire_all()
    assert db.get(CarryItem, carry.id).state == "dropped"

    _upload(client, token, seed("001"))  # Kommunalt forum 2018-02-21: earlier, so the body is refolded
    db.expire_all()
    held, announced, carry = db.get(Meeting, held.id), db.get(Meeting, announced.id), db.get(CarryItem, carry.id)
    assert held.venue == "Rättad lokal"
    assert announced.date == new_date
    assert carry is not None and carry.state == "dropped" and carry.closed_reason == "Inaktuell"
    assert [s.kind for s in carry.steps][-1] == "dropped"
    timeline = client.get(f"/punkt/{carry.id}").get_data(as_text=True)
    assert "Avskrevs" in timeline and "Inaktuell" in timeline
