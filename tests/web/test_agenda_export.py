"""The agenda editor's exports as a secretary downloads them: headers, odd titles, an empty agenda.

The bugs: the .md and .html downloads said `Content-Type: text/markdown; charset=utf-8; charset=utf-8`
(the charset twice, which strict clients refuse); a line added in the editor with a control character
made the .docx download a server error; an agenda with every line removed gave an .html page and a
Word document with an empty list and no word of why, where the Markdown said "Inga punkter ännu.".
"""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from .conftest import NOW, csrf_token, login

TYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@pytest.mark.parametrize("fmt", sorted(TYPES))
def test_export_headers(client, world, fmt):
    login(client)
    response = client.get(f"/sekreterare/dagordning/{world.next_id}?format={fmt}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == TYPES[fmt]
    # The ASCII name for clients that read only `filename`, the body's own name as RFC 6266's `filename*`.
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="dagordning-kommunalt-forum-2020-03-06.{fmt}"; '
        f"filename*=UTF-8''Dagordning%20Kommunalt%20forum%202020-03-06.{fmt}")


def test_a_line_with_a_control_character_exports_to_word(client, world):
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    client.post(url, data={"csrf_token": csrf_token(client, url), "atgard": "add", "rubrik": "Budget\x0b 2021"})
    response = client.get(url + "?format=docx")
    assert response.status_code == 200
    texts = [p.text for p in docx.Document(io.BytesIO(response.data)).paragraphs]
    assert "Budget 2021" in texts and "Information om Yrkes-SM\nBordlades 2020-02-07, punkt 1" in texts


def test_an_empty_agenda_says_so_in_every_format(client, world, db):
    from planner.store import CarryItem

    # The carried item was there before the draft (else the editor adds it back as new).
    db.get_one(CarryItem, world.carry_id).created_at = NOW - dt.timedelta(days=30)
    db.commit()
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    client.post(url, data={"csrf_token": csrf_token(client, url), "atgard": "remove", "rad": "0"})
    assert "Inga punkter ännu." in client.get(url + "?format=md").get_data(as_text=True)
    assert "<p>Inga punkter ännu.</p>" in client.get(url + "?format=html").get_data(as_text=True)
    document = docx.Document(io.BytesIO(client.get(url + "?format=docx").data))
    assert "Inga punkter ännu." in [p.text for p in document.paragraphs]


def test_the_word_download_is_swedish_and_dated_when_it_was_made(client, world):
    """It said author "python-docx", made 2013-12-23, in en-US (tests/test_agenda_docx_language_and_properties.py)."""
    login(client)
    data = client.get(f"/sekreterare/dagordning/{world.next_id}?format=docx").data
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.created == props.modified == NOW and props.author == "Forumplaneraren"
    assert props.language == "sv-SE"
