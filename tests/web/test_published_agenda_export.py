"""The agenda editor's exports of a published agenda do not call it a draft.

The bug: after "Publicera dagordningen", the meeting page, the feeds and the reminders show it as
"Dagordning", but the .md, .html and .docx the secretary then downloads (to send out, to print)
still said "Utkast till dagordning" under the heading.
"""

from __future__ import annotations

import io

import docx

from .conftest import csrf_token, login


def exported_texts(client, url: str) -> dict[str, str]:
    md = client.get(url + "?format=md").get_data(as_text=True)
    html = client.get(url + "?format=html").get_data(as_text=True)
    word = "\n".join(p.text for p in docx.Document(io.BytesIO(client.get(url + "?format=docx").data)).paragraphs)
    return {"md": md, "html": html, "docx": word}


def test_a_draft_is_exported_as_a_draft_and_a_published_agenda_is_not(client, world):
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    for fmt, text in exported_texts(client, url).items():
        assert "Utkast till dagordning" in text, fmt
    client.post(url, data={"csrf_token": csrf_token(client, url), "atgard": "publish"})
    for fmt, text in exported_texts(client, url).items():
        assert "Utkast" not in text, fmt
        assert "Dagordning – Kommunalt forum" in text, fmt
        assert "Information om Yrkes-SM" in text, fmt
