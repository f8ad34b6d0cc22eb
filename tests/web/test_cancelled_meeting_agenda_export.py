"""The agenda editor and its exports say when the meeting is cancelled.

The bug: a meeting set to cancelled (review page or PATCH /api/v1/meetings/<id>) still had its
agenda editor say only "Utkast, inte publicerad.", and the .md, .html and .docx downloaded from it
were a plain "Utkast till dagordning" for a meeting that will not be held, published or not; the
meeting page, the feeds and the mails all say "Inställt".
"""

from __future__ import annotations

import io

import docx
from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from planner.store import Meeting

from .conftest import csrf_token, login


def exports(client, url: str) -> dict[str, tuple[str, list[str]]]:
    """Return each export's heading and its text blocks, as a reader of that format gets them."""
    md = BeautifulSoup(MarkdownIt("commonmark").render(client.get(url + "?format=md").get_data(as_text=True)),
                       "html.parser")
    page = BeautifulSoup(client.get(url + "?format=html").get_data(as_text=True), "html.parser")
    word = [p.text for p in docx.Document(io.BytesIO(client.get(url + "?format=docx").data)).paragraphs]
    return {
        "md": (md.h1.get_text(), [p.get_text() for p in md.find_all("p")]),
        "html": (page.h1.get_text(), [p.get_text() for p in page.find_all("p")]),
        "docx": (word[0], word[1:]),
    }


def test_a_cancelled_meetings_agenda_says_so_in_every_format(client, world, db):
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    for fmt, (heading, _blocks) in exports(client, url).items():
        assert "INSTÄLLT" not in heading, fmt
    db.get_one(Meeting, world.next_id).status = "cancelled"
    db.commit()
    assert "Mötet är inställt." in client.get(url).get_data(as_text=True)
    for fmt, (heading, blocks) in exports(client, url).items():
        assert heading == "INSTÄLLT: Dagordning – Kommunalt forum, möte fredag 6 mars 2020", fmt
        assert "Mötet är inställt." in blocks, fmt
        assert "Utkast till dagordning" not in blocks, fmt


def test_a_published_agenda_of_a_cancelled_meeting_says_so_too(client, world, db):
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    client.post(url, data={"csrf_token": csrf_token(client, url), "atgard": "publish"})
    db.get_one(Meeting, world.next_id).status = "cancelled"
    db.commit()
    for fmt, (heading, blocks) in exports(client, url).items():
        assert heading.startswith("INSTÄLLT: Dagordning – Kommunalt forum"), fmt
        assert "Mötet är inställt." in blocks, fmt
