"""The review page's "Ta bort mötesanteckningarna": a confirmation step, CSRF, only the body's secretaries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.auth import add_user
from planner.ingest import ingest_file
from planner.store import Body, Document, Meeting
from tests.carry_minutes import APRIL, MARCH, write_minutes

from .conftest import NOW, PASSWORD, csrf_token, login


def test_secretary_withdraws_minutes_after_confirming(app, client, db, tmp_path):
    factory = app.extensions["planner.sessionmaker"]
    for name, text in (("mars.txt", MARCH), ("april.txt", APRIL)):
        assert ingest_file(factory, write_minutes(tmp_path, name, text), now=NOW).status == "new"
    slug = db.scalars(select(Body.slug)).one()
    april = db.scalars(select(Document.id).where(Document.filename == "april.txt")).one()
    db.add(Body(slug="annat-forum", name="Annat forum"))
    db.flush()
    add_user(db, "sekreterare", PASSWORD, body_slugs=(slug,))
    add_user(db, "annan", PASSWORD, body_slugs=("annat-forum",))
    db.commit()
    url = f"/sekreterare/dokument/{april}/ta-bort"

    login(client, "annan")
    assert client.get(url).status_code == 403
    assert "Ta bort mötesanteckningarna" not in client.get(f"/sekreterare/dokument/{april}").get_data(as_text=True)
    client.post("/sekreterare/logga-ut", data={"csrf_token": csrf_token(client, "/sekreterare/")})

    login(client)
    review = client.get(f"/sekreterare/dokument/{april}").get_data(as_text=True)
    assert f'href="{url}"' in review and "Ta bort mötesanteckningarna" in review
    page = client.get(url).get_data(as_text=True)
    assert "Mötet tisdag 9 april 2024 (Föreningen Ekbacken, styrelsen) blir planerat igen om andra mötesanteckningar aviserade det" in page
    assert "ställs in i kalendrarna" in page
    assert client.post(url).status_code == 400  # no CSRF token: nothing happens
    assert db.get(Document, april) is not None

    response = client.post(url, data={"csrf_token": csrf_token(client, url)}, follow_redirects=True)
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert "Mötesanteckningarna april.txt är borttagna." in text
    assert "Mötet finns kvar som planerat" in text
    db.expire_all()
    assert db.get(Document, april) is None
    assert db.scalars(select(Meeting.status).where(Meeting.date == dt.date(2024, 4, 9))).one() == "planned"
    assert client.get(url).status_code == 404
