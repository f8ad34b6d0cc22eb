"""The review page of a corrected version of minutes said "Inga rättelser ännu." over corrected fields.

The secretary corrected the venue of seed 000's meeting, then uploaded a corrected version of the minutes (same
body and date). Her correction held, so the form showed her venue and not the text's, but the correction history
listed only corrections made on the new version: none, and no word why the venue differs from the text.
"""

from __future__ import annotations

from sqlalchemy import select

from planner.store import Document, Meeting

from .conftest import csrf_token, login, upload_to_review


def test_corrected_version_shows_the_corrections_of_the_older_one(client, world, db, seed):
    login(client)
    token = csrf_token(client, "/sekreterare/")
    text = seed("000").read_bytes()
    review = upload_to_review(client, token, "kf-2020-03-06.txt", text)
    held = db.scalars(select(Meeting).join(Document, Meeting.document_id == Document.id)
                      .where(Document.filename == "kf-2020-03-06.txt")).one()
    client.post(f"/sekreterare/ratta/meeting/{held.id}", data={"csrf_token": token, "venue": "Rättad lokal",
                                                                "tillbaka": review})

    assert b"Tid: 9.00-12.00" in text
    corrected = upload_to_review(client, token, "kf-2020-03-06-v2.txt", text.replace(b"Tid: 9.00-12.00", b"Tid: 9.00-12.30"))
    assert corrected != review
    page = client.get(corrected).get_data(as_text=True)
    assert 'value="Rättad lokal"' in page
    assert "Inga rättelser ännu." not in page
    assert "möte, plats:" in page and "→ Rättad lokal" in page


def test_replaced_version_points_to_the_corrected_one_and_is_not_withdrawn_alone(client, world, db, seed):
    """The review page of the replaced version said "Allt från dokumentet är publicerat." over no facts and offered
    "Ta bort mötesanteckningarna", which then failed in English ("document 1 was replaced by a corrected version")."""
    login(client)
    token = csrf_token(client, "/sekreterare/")
    text = seed("000").read_bytes()
    old = upload_to_review(client, token, "kf-2020-03-06.txt", text)
    new = upload_to_review(client, token, "kf-2020-03-06-v2.txt", text.replace(b"Tid: 9.00-12.00", b"Tid: 9.00-12.30"))
    page = client.get(old).get_data(as_text=True)
    assert "har ersatts av en rättad version" in page and f'href="{new}"' in page
    assert "/ta-bort" not in page and "Allt från dokumentet är publicerat" not in page
    facts = page.split('id="uppgifter"')[1].split("<h3>Rättelser</h3>")[0]  # not an empty heading
    assert "Inga längre: mötet, punkterna och händelserna kommer nu från" in facts and f'href="{new}"' in facts

    r = client.post(old + "/ta-bort", data={"csrf_token": token}, follow_redirects=True)
    page = r.get_data(as_text=True)
    assert "Ta bort den i stället" in page and "was replaced" not in page
    assert db.scalars(select(Document).where(Document.filename == "kf-2020-03-06.txt")).one() is not None
