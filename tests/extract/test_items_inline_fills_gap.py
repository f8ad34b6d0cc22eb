"""A heading run in on a long line with its stop ("2. Val av justerare") fills the one gap between headings
written without one ("1 Fastställande av dagordning", "3 Beslut fattade med stöd av delegation").

A stored copy's page runs every heading into the text: "... Hans Ottosson 1 Fastställande av dagordning Den
utsända dagordningen godkändes ... 2. Val av justerare, föregående mötes protokoll, adjungeringar Eva Olsson
utsågs ... 3 Beslut fattade med stöd av delegation ...". The "2." was read in another style than its neighbours
and left out of their sequence.

Look-alikes: a run-in number that is no gap's ("2." where 2 is taken, or the gap is two numbers wide) adds nothing.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_PAGE = ("Protokoll fört vid sammanträde med styrelsen den 4 juni 2003\n\nStorlek: px\nStarta visningen från sidan:"
         "\n\nTranskript\n\n1 Protokoll fört vid det femtioåttonde sammanträdet med styrelsen för Stiftelsen för Strategisk Forskning den "
         "4 juni 2003 Mötet genomfördes på stiftelsens kansli, World Trade Center, Kungsbron 1, Stockholm Deltagande "
         "ledamöter Laila Freivalds, ordförande Per Andersson Harry Frank Christer Karlsson Gudmund Larsson Lennart "
         "Låftman Karin Markides Birgit Norinder Maria Norrfalk Eva Olsson Frånvarande ledamöter Helena Peilot Hans "
         "Wolf-Watz Deltagare från kansliet Staffan Normark, VD Björn Brandt, vice VD Olle Edqvist Karl-Olov Fentorp "
         "Inbjudna gäster 5 Olof Sjöström 10 Billy Fredriksson 12 Hans Ottosson 1 Fastställande av dagordning Den "
         "utsända dagordningen godkändes med tillägg av en punkt under 17 Övriga frågor: utseende av ny "
         "revisorssuppleant. {two} Eva Olsson utsågs tillsammans med ordföranden justera protokollet från "
         "sammanträdet. Protokoll från styrelsens femtiosjunde sammanträde hade sänts ut inför sammanträdet. Inga "
         "kommentarer förelåg. 3 Beslut fattade med stöd av delegation En förteckning över beslut fattade med "
         "delegation hade bifogats kallelsen (bilaga 1).\n\n"
         "2 med godkännande lägga anmälda beslut till handlingarna. 4 Ändring av beslut om firmatecknare Styrelsen "
         "fattade den 20 januari 2000 beslut om firmatecknare. Beslutet bör ändras.\n")


@pytest.mark.parametrize(
    ("two", "numbers"),
    [
        ("2. Val av justerare, föregående mötes protokoll, adjungeringar", ["1", "2", "3", "4"]),
        # look-alike: no number run in there
        ("Val av justerare, föregående mötes protokoll, adjungeringar", ["1", "3", "4"]),
    ],
)
def test_inline_heading_fills_gap(two: str, numbers: list[str]) -> None:
    items = extract_text(minutes_from_text(_PAGE.format(two=two))).items
    assert [i.number for i in items] == numbers
