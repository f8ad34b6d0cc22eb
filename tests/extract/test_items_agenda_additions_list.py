"""A numbered list after a sentence that adds matters to the agenda is inside that item.

"Kompletterande ärenden. Ordföranden yrkar att ärendelistan kompletteras med följande ärenden: 1. Byarums
skola och förskola. 2. Attestförteckning. 3. ... Ordföranden finner yrkandet antaget.": the list names
the matters added, each handled under its own heading later; run in on a long line of a copy, its
"1." "2." "3." are no items. Look-alike: a list of the meeting's matters after "Följande ärenden
behandlades:" or "Styrelsen beslöt om följande ärenden:" (no word of adding) stays the items.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_FRONT = ("Barn- och utbildningsnämndens arbetsutskott 2003-05-13 Plats och tid Nämndrummet, Skillingehus, "
          "Skillingaryd kl 14.00-18.00 Beslutande Gert Jonsson (m) ordförande Sune Johansson (c) 1:e vice ordförande "
          "Thomas Strand (s) 2:e vice ordförande David Isaksson (kd) Roger Ödebrink (s). ")
_LIST = ("1. Byarums skola och förskola. 2. Attestförteckning. 3. Förvaltningens ärendehantering. 4. Motion Sätt "
         "maxtak på barngrupperna i förskolan. Ordföranden finner yrkandet antaget. Arbetsutskottets beslut: "
         "Ärendelistan kompletteras.\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize("lead", [
    "Kompletterande ärenden. Ordföranden yrkar att ärendelistan kompletteras med följande ärenden: ",
    "Ändring av ärendelistan. Följande ärenden tillkommer på dagens ärendelista: ",
    "Tillkommande ärenden. Ordföranden föreslår att följande ärenden läggs till på dagordningen: ",
])
def test_matters_added_to_the_agenda_are_no_items(lead: str) -> None:
    assert _numbers(_FRONT + lead + _LIST) == []


def test_list_of_the_meetings_matters_stays_the_items() -> None:
    text = _FRONT + "Styrelsen beslöt om följande ärenden: " + _LIST
    assert _numbers(text) == ["1", "2", "3", "4"]
