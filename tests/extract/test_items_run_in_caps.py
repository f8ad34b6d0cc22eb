"""Unnumbered headings in capitals run in before their text on a stored copy's long line ("...
Isaksson SAMMANTRÄDETS ÖPPNANDE Ordförande ... öppnat. FÖRHINDER Carina ... DAGORDNING Styrelsen ...").

Look-alikes: short runs of capitals are names ("LRF", "GFRK", "VFO"), a title in capitals
("PROTOKOLL Nr 4/2015") is no item, and fewer than three such headings make no list.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

FILLER = "Styrelsen diskuterade frågan och var överens om hur arbetet ska fortsätta framöver. " * 3


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


@pytest.mark.parametrize(("text", "expected"), [
    ("Protokoll fört vid sammanträde med styrelsen den 11 augusti 2015. Närvarande: Mikael Samuelsson "
     "Tore Hjort Förhinder Carina Lindmark SAMMANTRÄDETS ÖPPNANDE Ordförande hälsade välkommen och "
     "förklarade mötet öppnat. FÖRHINDER Carina Lindmark har anmält förhinder. DAGORDNING Styrelsen "
     "beslutade att godkänna dagordningen. JAKT OCH VILTFÖRVALTNING Tore har haft kontakt med ministern. "
     + FILLER + "INFORMATION FRÅN ROVDJURSRÅDET Ingen information.",
     ["SAMMANTRÄDETS ÖPPNANDE", "FÖRHINDER", "DAGORDNING", "JAKT OCH VILTFÖRVALTNING",
      "INFORMATION FRÅN ROVDJURSRÅDET"]),
])
def test_run_in_caps_headings(text: str, expected: list[str]) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize("text", [
    # Names and a title in capitals: no headings.
    ("PROTOKOLL Nr 4/2015 den 27 mars 2015 Styrelsesammanträde LRF Västra Götaland och GFRK Göteborg "
     "samt VFO Norra träffades. " + FILLER + FILLER + FILLER + FILLER + FILLER),
    # A letterhead in capitals before the attendance list, and the list's own labels: no headings.
    ("1 VÄSTRA GÖTALANDSREGIONEN ANTECKNINGAR BEREDNINGSGRUPPEN FÖR Sammanträde REGIONUTVECKLING Kl Plats: "
     "Hotell Stenungsbaden NÄRVARANDE Kommunernas ledamöter Jan-Erik Wallin ÖVRIGA DELTAGARE Per Wallinder "
     + FILLER + FILLER + FILLER + FILLER),
    # Two headings in capitals are too few to make a list.
    ("Protokoll den 11 augusti 2015. ÖPPNANDE Ordföranden öppnade mötet. AVSLUTNING Mötet avslutades. "
     + FILLER + FILLER + FILLER + FILLER),
])
def test_no_run_in_caps_headings(text: str) -> None:
    assert _titles(text) == []
