"""A secretary of another body sees minutes under review read only, and a refusal says why.

The bug: the review page of another body's minutes showed the "Bekräfta och publicera" button and
every correction form; each of them then answered 403 with "Logga in som sekreterare." to a
secretary who was logged in, and what she had typed was lost.
"""

from __future__ import annotations

from sqlalchemy import select

from planner.store import Document

from .conftest import csrf_token, login, multipart

MINUTES = ("Mötesanteckningar – Kommunalt forum 2020-03-06\nTid: 9.00-12.00\nPlats: Videum, Växjö\n\n"
           "1. Information om Yrkes-SM\nInformation lämnades.\n")


def log_in_other_secretary(client, db):
    from planner.auth import add_user
    from planner.store import Body

    db.add(Body(slug="annat", name="Annat forum"))
    db.flush()
    add_user(db, "annan", "annat-lösenord-1", body_slugs=("annat",))
    db.commit()
    login(client, "annan", "annat-lösenord-1")


def test_review_page_of_another_body_has_no_forms(client, world, db):
    log_in_other_secretary(client, db)
    page = client.get(f"/sekreterare/dokument/{world.document_id}").get_data(as_text=True)
    assert "Information om Yrkes-SM" in page  # the facts are shown
    assert "/bekrafta" not in page and "/sekreterare/ratta/" not in page and "/ta-bort" not in page
    assert "Du är inte sekreterare för Kommunalt forum" in page


def test_own_review_page_keeps_its_forms(client, world):
    login(client)
    page = client.get(f"/sekreterare/dokument/{world.document_id}").get_data(as_text=True)
    assert "/bekrafta" in page and "/sekreterare/ratta/" in page and "/ta-bort" in page
    assert "Du är inte sekreterare" not in page


def test_a_refusal_tells_a_logged_in_secretary_why(client, world, db):
    log_in_other_secretary(client, db)
    token = csrf_token(client, "/sekreterare/")
    r = client.post(f"/sekreterare/ratta/meeting/{world.next_id}", data={"csrf_token": token, "venue": "X"})
    assert r.status_code == 403
    page = r.get_data(as_text=True)
    assert "Logga in som sekreterare" not in page
    assert "inte sekreterare för det här organet" in page


def upload(client, filename: str, text: str) -> str:
    token = csrf_token(client, "/sekreterare/")
    body, content_type = multipart({"csrf_token": token}, [("filer", filename, text.encode())])
    return client.post("/sekreterare/ladda-upp", data=body, content_type=content_type,
                       follow_redirects=True).get_data(as_text=True)


def test_upload_of_another_bodys_minutes_says_it_was_refused_not_unreadable(client, world, db):
    """The refusal read "Kunde inte läsa kf.txt: du är inte sekreterare för ..." (could not read): the file was
    read well, and she looked for a fault in it."""
    login(client)
    assert "Granska: kf-2020-03-06.txt" in upload(client, "kf-2020-03-06.txt", MINUTES)
    client.post("/sekreterare/logga-ut", data={"csrf_token": csrf_token(client, "/sekreterare/")})
    log_in_other_secretary(client, db)
    page = upload(client, "kf-2020-03-06-v2.txt", MINUTES + "\n2. Övrigt\nInget.\n")
    assert "kf-2020-03-06-v2.txt lästes inte in: du är inte sekreterare för Kommunalt forum." in page
    assert "Kunde inte läsa" not in page
    assert db.scalars(select(Document).where(Document.filename == "kf-2020-03-06-v2.txt")).first() is None
