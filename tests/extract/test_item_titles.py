"""Item titles as an agenda draft shows them: a heading line that goes on to tell what the meeting
did ("6. Föregående protokoll. Godkändes och lades till handlingarna") gives the title alone, and a
contents line's dot leader and page number ("Val av justerare ... 4") are no part of the title.

Look-alikes keep their full title: a second sentence that tells no outcome, an abbreviation's full
stop, a question."""

from __future__ import annotations

import pytest

from planner.extract.items import _display_title
from tests.extract.item_rows import item_rows


@pytest.mark.parametrize(("title", "expected"), [
    # the outcome in a past passive, a present passive or a closed word
    ("Val av justerare. Sofie Renström valdes", "Val av justerare"),
    ("Föregående protokoll. Godkändes och lades till handlingarna", "Föregående protokoll"),
    ("Godkännande av kallelsen. Kallelsen godkändes", "Godkännande av kallelsen"),
    ("Fastställande av föredragningslista. Föredragningslistan fastställdes", "Fastställande av föredragningslista"),
    ("Adjungeringar. Inga adjungeringar", "Adjungeringar"),
    ("Mötets öppnande. Ordförande förklarar sammanträdet öppnat", "Mötets öppnande"),
    ("Godkännande av dagordning. Dagordningen godkänns", "Godkännande av dagordning"),
    ("Föregående protokoll. Gicks igenom", "Föregående protokoll"),
    ("Val av sekreterare. Till sekreterare valdes Bo Ek", "Val av sekreterare"),
    ("Rapporter. Rapporten från kassören noterades", "Rapporter"),
    ("Ekonomi. Budgeten antogs utan ändringar", "Ekonomi"),
    ("Inköp. Nya stolar köptes in till lokalen", "Inköp"),
    # a contents line's dot leader and page number
    ("Val av justerare ... 4", "Val av justerare"),
    ("Information ........ 17", "Information"),
    ("Svar på motion; Enzons busstrafik i Blekinge . . . 10", "Svar på motion; Enzons busstrafik i Blekinge"),
    # look-alikes: no outcome told, an abbreviation, a question, a date, a noun in -tes / -des
    ("Arkivering av klubbens dokument. Vem gör vad?", "Arkivering av klubbens dokument. Vem gör vad?"),
    ("Samarbete med Danmark etc. Frågan valdes bort", "Samarbete med Danmark etc. Frågan valdes bort"),
    ("Vårmötet blir en endagsresa med båt. Silja Line 27 maj", "Vårmötet blir en endagsresa med båt. Silja Line 27 maj"),
    ("Mobile apps and autostart. FAPI/CIBA?", "Mobile apps and autostart. FAPI/CIBA?"),
    ("Nästa möte.  3/11 -15", "Nästa möte.  3/11 -15"),
    ("Hälsa. Diabetes och hypotes", "Hälsa. Diabetes och hypotes"),
    ("Ändring av ordningsregler bl.a. Valdes", "Ändring av ordningsregler bl.a. Valdes"),
    ("Budget 2021 ... och framåt", "Budget 2021 ... och framåt"),
    ("Information från regionen", "Information från regionen"),
])
def test_display_title(title: str, expected: str) -> None:
    assert _display_title(title) == expected


def test_items_show_the_title_without_the_outcome() -> None:
    text = ("Protokoll styrelsemöte 2021-03-04\n\n"
            "1. Mötets öppnande. Ordförande förklarar mötet öppnat\n\n"
            "2. Adjungeringar. Inga adjungeringar\n\n"
            "3. Föregående protokoll. Godkändes och lades till handlingarna\n\n"
            "4. Arkivering av dokument. Vem gör vad?\n\nBo Ek tar fram ett förslag.\n")
    rows, _ = item_rows(text, "2021-03-04")
    assert [(n, t) for n, t, _, _ in rows] == [
        ("1", "Mötets öppnande"), ("2", "Adjungeringar"), ("3", "Föregående protokoll"),
        ("4", "Arkivering av dokument. Vem gör vad?")]
