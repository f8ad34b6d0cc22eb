"""Agenda exports of titles with control characters, line breaks, markup and great length.

The bug: a title holding a control character (stored through PATCH /api/v1/items/<id>, or typed into
the agenda editor) made the .docx export fail with a server error (python-docx refuses text that
XML 1.0 cannot hold), and a title with a line break ("Rad ett\\n2. Rad två") split one point of the
Markdown agenda into a stray paragraph or a second numbered point. Every format now writes each
title, note and fact on one line.
"""

from __future__ import annotations

import io

import docx
import pytest
from bs4 import BeautifulSoup

from planner.agenda import AgendaEntry, markdown_text, one_line, render_agenda
from tests.test_agenda import agenda

ODD = (
    AgendaEntry(1, "Yrkes-SM\x01 del\x0b 2", "carried", "Bordlades\x0c 2020-03-06, punkt 5", carry_id=1),
    AgendaEntry(2, "Rad ett\n2. Rad två\r\ntre\u2028fyra", "carried", "Återkommer\nenligt beslut", carry_id=2),
    AgendaEntry(3, "Budget <2024> & *plan* – " + "lång rubrik " * 400, "edited"),
    AgendaEntry(4, "Övrigt", "closing"),
)
CLEAN = ["Yrkes-SM del 2", "Rad ett 2. Rad två tre fyra", "Budget <2024> & *plan* – " + ("lång rubrik " * 400).strip(),
         "Övrigt"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Yrkes-SM\x01 del\x0b 2", "Yrkes-SM del 2"),
    ("Rad ett\r\nRad två", "Rad ett Rad två"),
    ("  Tab\there\u2029 \x7f end ", "Tab here end"),
    ("Växjö – Älmhult", "Växjö – Älmhult"),
])
def test_one_line(text, expected):
    assert one_line(text) == expected


def test_docx_with_control_characters_is_a_word_document():
    data = render_agenda(agenda(entries=ODD, venue="Videum\x0c, Växjö", theme="Tema\x00 ett"), "docx")
    assert isinstance(data, bytes)
    document = docx.Document(io.BytesIO(data))
    numbered = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "List Number"]
    assert numbered == [CLEAN[0] + "\nBordlades 2020-03-06, punkt 5", CLEAN[1] + "\nÅterkommer enligt beslut",
                        CLEAN[2], CLEAN[3]]
    texts = [p.text for p in document.paragraphs]
    assert "Plats: Videum , Växjö" in texts and "Tema: Tema ett" in texts


def test_markdown_keeps_one_numbered_point_per_entry():
    text = render_agenda(agenda(entries=ODD), "md")
    assert isinstance(text, str)
    lines = text.splitlines()
    points = [line for line in lines if line[:1].isdigit()]
    assert points == [f"{n}. {markdown_text(title)}" for n, title in enumerate(CLEAN, 1)]  # markup escaped
    assert "   *Återkommer enligt beslut*" in lines


def test_html_lists_the_clean_titles():
    page = render_agenda(agenda(entries=ODD), "html")
    assert isinstance(page, str)
    soup = BeautifulSoup(page, "html.parser")
    assert [li.contents[0] for li in soup.select("ol > li")] == CLEAN
