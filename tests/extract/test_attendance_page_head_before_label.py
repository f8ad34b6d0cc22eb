"""A copy that keeps the next page's running head before the first line of its text ("Sammanträdesprotokoll 2
Beslutande Anneli Ridaeus (S) Bengt Johansson (S) ...", "Protokoll 3 (12) Övriga deltagande ..."): the list
under the label is read. A head without a label after it, and a document word in a sentence, open no list.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

HEAD = ("Plats och tid\nBeslutande Sammanträdesprotokoll 1 (26) Måndagen den 23 februari 2009 i sessionssalen, klockan "
        "Anders Ohlsson (S) ordförande Birgitta Johansson (V), 1:e vice ordförande\n"
        "Övriga deltagande Anna Drevenstam, kommundirektör Sara Klerestam, sekreterare\n"
        "Utses att justera Rolf Lindberg (S) Ola Karlsson (M)\n"
        "Justeringens plats och tid Ledningskontoret, torsdagen den 26 februari 2009 Underskrifter Sekreterare\n"
        "Paragrafer Sara Klerestam Ordförande Anders Ohlsson ANSLAG / BEVIS Protokollet är justerat.\n\n")


def present(page_two: str) -> list[str]:
    meeting = extract_meeting(minutes_from_text(HEAD + page_two + "\n\n§ 1 Upprop\n"))[0]
    return [p.name for p in meeting.present]


@pytest.mark.parametrize(("page_two", "names"), [
    ("Sammanträdesprotokoll 2 Beslutande Anneli Ridaeus (S) Bengt Johansson (S) Bo Kjällberg (M)",
     ["Anneli Ridaeus", "Bengt Johansson", "Bo Kjällberg"]),
    ("Protokoll 2 (26) Beslutande Anneli Ridaeus (S) Bengt Johansson (S) Bo Kjällberg (M)",
     ["Anneli Ridaeus", "Bengt Johansson", "Bo Kjällberg"]),
    ("Sammanträdesprotokoll Sida 2 Beslutande Anneli Ridaeus (S) Bengt Johansson (S)",
     ["Anneli Ridaeus", "Bengt Johansson"]),
    ("SAMMANTRÄDESPROTOKOLL 2 Tjänstgörande ersättare Anneli Ridaeus (S) Bengt Johansson (S)",
     ["Anneli Ridaeus", "Bengt Johansson"]),
    ("Mötesprotokoll 2 Närvarande: Anneli Ridaeus (S), Bengt Johansson (S), Bo Kjällberg (M)",
     ["Anneli Ridaeus", "Bengt Johansson", "Bo Kjällberg"]),
])
def test_list_after_page_head(page_two: str, names: list[str]) -> None:
    found = present(page_two)
    assert all(n in found for n in names)


@pytest.mark.parametrize(("page_two", "not_read"), [
    ("Sammanträdesprotokoll 2 Anneli Ridaeus (S) redogjorde för budgeten", "Anneli Ridaeus"),  # no label
    ("Protokoll 2 från mötet Bengt Johansson (S) läste upp", "Bengt Johansson"),  # no label
    ("Protokollet 2 Beslutande organ var fullmäktige Bo Kjällberg (M)", "Bo Kjällberg"),  # no page head
])
def test_no_list_without_head_and_label(page_two: str, not_read: str) -> None:
    assert not_read not in present(page_two)
