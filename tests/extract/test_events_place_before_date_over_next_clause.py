"""A place said before the date, and another place after a new sentence or "att" clause: "Kretsens föreningar
erbjuds att deltaga i en klubbtränarutbildning i Olofström den 9-10 februari, arrangerad av SSF. En
vapenkontrollantkurs kommer att erbjudas i Ronneby den 23 februari" (a shooting district), "närtävling i Torsås
den 5/5 samt att beslut togs för ... etapperna i Ungdomens 5-dagars" (an orienteering club), "Konsert i
Godtemplargården 22 maj kl 17. ... Martin har satt upp anslag runt om i Älvsjö." (a choir).

The place after the break is another thing's: with a place before the date the window for a place after it ends at
the break (`_CLAUSE_BREAK`). Before, the later place won.

Look-alike: a place after the date in the same clause keeps its place.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2008-01-17\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "venues"),
    [
        (("Kretsens föreningar erbjuds att deltaga i en klubbtränarutbildning i Olofström den 9-10 februari, "
          "arrangerad av SSF. En vapenkontrollantkurs kommer att erbjudas i Ronneby den 23 februari.\n"),
         ["Olofström", "Ronneby"]),
        (("En preliminär tävlingskalender togs fram med närtävling i Torsås den 5/5 samt att beslut togs för "
          "rullande schema för etapperna i Ungdomens 5-dagars.\n"), ["Torsås"]),
        (("Konsert i Godtemplargården 22 maj kl 17. Några på plats kl 14. Martin har satt upp anslag runt om i "
          "Älvsjö.\n"), ["Godtemplargården"]),
        # look-alikes: the place after the date in the same clause
        ("Konsert den 22 maj kl 17 i Godtemplargården.\n", ["Godtemplargården"]),
    ],
)
def test_place_before_date_over_next_clause(body: str, venues: list[str]) -> None:
    got = extract_text(minutes_from_text(HEAD + body))
    assert [e.venue for e in got.events] == venues
