"""Agenda drafts rendered as Markdown, HTML and a real Word document, in Swedish."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from bs4 import BeautifulSoup

from planner.agenda import Agenda, AgendaEntry, draft_agenda_for_meeting, render_agenda
from planner.errors import PlannerError
from planner.ingest import find_body
from tests.test_ingest import LG, ingest_all

ENTRIES = (
    AgendaEntry(1, "Incheckning", "opening"),
    AgendaEntry(2, "Gemensamma medel för samverkan vid utskrivning: beslut", "carried",
                "Bordlades 2020-04-03, punkt 3", carry_id=7),
    AgendaEntry(3, "Övrigt", "closing"),
)


def agenda(**changes: object) -> Agenda:
    values: dict[str, object] = {
        "body": "Kommunalt forum", "body_slug": "kommunalt-forum", "meeting_id": 1, "meeting_uid": "u",
        "date": dt.date(2020, 5, 8), "month": None, "start": dt.time(8, 45), "end": dt.time(15, 0),
        "venue": "Videum Science Park, Framtidsvägen, Växjö", "online": None, "kind": "workshop",
        "theme": "Att leda välfärd i den digitala revolutionen", "tentative": False, "entries": ENTRIES}
    values.update(changes)
    return Agenda(**values)  # type: ignore[arg-type]


def test_markdown_heading_facts_and_numbered_items():
    text = render_agenda(agenda(), "md")
    assert isinstance(text, str)
    lines = text.splitlines()
    assert lines[0] == "# Dagordning – Kommunalt forum, workshop fredag 8 maj 2020"
    assert "**Tid:** kl. 8.45–15.00  " in lines
    assert "**Plats:** Videum Science Park, Framtidsvägen, Växjö  " in lines
    assert "2. Gemensamma medel för samverkan vid utskrivning: beslut" in lines
    assert "   *Bordlades 2020-04-03, punkt 3*" in lines


def test_month_only_date_and_online_meeting():
    a = agenda(date=None, month="2020-06", start=None, end=None, venue=None, online="Teams", kind="meeting")
    assert a.when_text == "juni 2020, datum ej fastställt"
    assert a.place_text == "digitalt via Teams"
    assert a.heading == "Dagordning – Kommunalt forum, möte juni 2020, datum ej fastställt"


def test_html_escapes_and_lists_items():
    page = render_agenda(agenda(entries=(AgendaEntry(1, "Budget <2024> & plan", "carried", "Bordlades"),)), "html")
    assert isinstance(page, str)
    soup = BeautifulSoup(page, "html.parser")
    assert soup.html is not None and soup.html["lang"] == "sv"
    assert [li.contents[0] for li in soup.select("ol > li")] == ["Budget <2024> & plan"]
    assert soup.select_one("small.provenance").get_text() == "Bordlades"


def test_docx_is_a_word_document_with_the_items():
    data = render_agenda(agenda(), "docx")
    assert isinstance(data, bytes) and data[:2] == b"PK"
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Dagordning – Kommunalt forum, workshop fredag 8 maj 2020"
    numbered = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "List Number"]
    assert numbered[1] == "Gemensamma medel för samverkan vid utskrivning: beslut\nBordlades 2020-04-03, punkt 3"


def test_unknown_format_is_our_error():
    with pytest.raises(PlannerError, match="unknown agenda format 'pdf'"):
        render_agenda(agenda(), "pdf")


def test_draft_for_a_given_meeting_learns_opening_and_closing(session):
    ingest_all(session)
    body = find_body(session, LG)
    assert body is not None
    meeting = next(m for m in body.meetings if m.date == dt.date(2022, 2, 4))
    draft = draft_agenda_for_meeting(session, meeting)
    assert draft.meeting_uid == meeting.uid
    sections = [e.section for e in draft.entries]
    assert sections[:2] == ["opening", "opening"] and sections[-2:] == ["closing", "closing"]
    assert [e.title for e in draft.entries if e.section == "closing"] == ["Övrigt", "Utcheckning"]
