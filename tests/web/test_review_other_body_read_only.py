"""A secretary of another body sees minutes under review read only, and a refusal says why.

The bug: the review page of another body's minutes showed the "Bekräfta och publicera" button and
every correction form; each of them then answered 403 with "Logga in som sekreterare." to a
secretary who was logged in, and what she had typed was lost.
"""

from __future__ import annotations

from .conftest import csrf_token, login


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
