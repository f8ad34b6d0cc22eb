"""A stored copy runs each page's text on one line; the items run in on the first page ("1. Protokoll från
föregående styrelsemöte ... 3. Föreningsutveckling ...") go on with the heading that opens the next page after
its page number ("2 4. Programarrangemang"). Look-alikes: a number that does not go on from the last item
("2 7. Programarrangemang"), or a page mark with no heading ("Sida 2 av 2"), adds nothing."""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_PAGE = ("1 Styrelsemöte 17 januari 2011 Protokoll från styrelsemöte Plats: Mellanfjärden Närvarande: Sven Norman, "
         "Stefan Haglund, Torsten Hansson samt undertecknad. 1. Protokoll från föregående styrelsemöte Protokollet "
         "lades till handlingarna. 2. Aktuellt Kurs i kommunjuridik i Stockholm 22 jan. Sven åker för föreningen. "
         "Uppmanas att ta med skriftlig dokumentation från kursen. Projekt Bevara barnens skogar har fortbildat "
         "lärare i 21 kommuner på temat skogen som klassrum. 3. Föreningsutveckling Föreningen har knappt 300 "
         "medlemmar i Nordanstig. Sven och Stefan ändrar uppgifterna om reservat på vår hemsida.")


def _numbers(tail: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text("Styrelsemöte 17 januari 2011\n\nTranskript\n\n" + _PAGE + tail))
    return [h.number for h in heads]


@pytest.mark.parametrize("tail", ["\n\n2 4. Programarrangemang\n",
                                  "\n\n2 4. Programarrangemang Vi planerar vårens utflykter.\n"])
def test_next_page_opens_with_the_next_item(tail: str) -> None:
    assert _numbers(tail) == ["1", "2", "3", "4"]


@pytest.mark.parametrize("tail", ["\n\n2 7. Programarrangemang\n", "\n\nSida 2 av 2\n"])
def test_no_next_item_on_next_page(tail: str) -> None:
    assert _numbers(tail) == ["1", "2", "3"]
