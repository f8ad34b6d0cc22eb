"""A place named right before its day with "på" or "i" may go on past its capitalised words: with a lower-case
kind of place that ends the name ("på Abbe market", "på Saltskog gård", "i Floda församlingshem", "på
Kvarnbyns bygdegård") or with a second name after "och" ("på Tuna Kök och Bar"). Other lower-case words after
the name are no part of it ("i Malmö igen"), nor is a name that is no place (Zoom, Teams), and a clause
between the name and the day ("på Tuna och sedan bio") leaves the day without a place."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2017-10-18\n\n§ 1. Mötet öppnas.\n\n§ 4. Aktiviteter. "
TAIL = "\n\n§ 9. Mötet avslutas.\n"


def venues_of(line: str) -> list[tuple[str, str | None]]:
    events = extract_text(minutes_from_text(HEAD + line + TAIL)).events
    return sorted((e.date or "", e.venue) for e in events)


READ = [
    ("Träff inplanerad på Abbe market den 19 november.", [("2017-11-19", "Abbe market")]),
    ("Styrelsen bjuds på vårlunch på Tuna Kök och Bar den 1/12.", [("2017-12-01", "Tuna Kök och Bar")]),
    ("Nästa möte hålls på Saltskog gård den 8 november.", [("2017-11-08", "Saltskog gård")]),
    ("Julfesten blir i Floda församlingshem den 9 december.", [("2017-12-09", "Floda församlingshem")]),
    ("Höstmarknad på Kvarnbyns bygdegård lördagen den 11 november.", [("2017-11-11", "Kvarnbyns bygdegård")]),
    ("Adventskonsert i Vårfrukyrkan och Domkyrkan den 3 december.",
     [("2017-12-03", "Vårfrukyrkan och Domkyrkan")]),
]

LEFT = [
    ("Mötet hålls i Malmö igen den 8 november.", [("2017-11-08", "Malmö")]),
    ("Vi ses på Zoom och Teams den 5 november.", [("2017-11-05", None)]),
    ("Middag på Tuna och sedan bio den 5 november.", [("2017-11-05", None)]),
    ("Styrelsen träffas på Ica Maxis parkering den 5 november.", [("2017-11-05", None)]),
]


@pytest.mark.parametrize(("line", "venues"), READ + LEFT)
def test_place_name_with_kind_tail(line: str, venues: list[tuple[str, str | None]]) -> None:
    assert venues_of(line) == venues
