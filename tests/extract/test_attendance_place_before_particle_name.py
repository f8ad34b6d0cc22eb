"""A name with a particle after the place of the entry before it, in "Name (P), Place" entries run together:
"... Joel Olsson (SD), Mölndal Carlos Rebelo Da Silva (S), Lilla Edet Niclas Ylander (S), Partille".

`_place_and_name` splits the words before a party into the previous entry's place and the name, the name being
the last two capitalised words (three with a given name first). A particle among them ("Da", "da", "von") now
takes the word before it into the name too, and the given name before that. Before, "Da Silva" alone was no
name and the whole run was given up, the places read into the names ("Tjörn Jöran Fagerlund").

Look-alikes: names without particles split as before; a particle that ends the words is no name.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _place_and_name
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("piece", "split"),
    [
        ("Mölndal Carlos Rebelo Da Silva", ("Mölndal", "Carlos Rebelo Da Silva")),
        ("Lund Greta von Rosen", ("Lund", "Greta von Rosen")),
        # look-alikes
        ("Partille Jarl Karlsson", ("Partille", "Jarl Karlsson")),
        ("Göteborg Kerstin Sundén Bergqvist", ("Göteborg", "Kerstin Sundén Bergqvist")),
        ("Tjörn Jöran Fagerlund", ("Tjörn", "Jöran Fagerlund")),
        ("Lund Anna von", None),
        ("Lund och Bo", None),
    ],
)
def test_place_and_name(piece: str, split: tuple[str, str] | None) -> None:
    assert _place_and_name(piece) == split


def test_members_with_places_run_together() -> None:
    text = ("Protokoll 2016-12-15\n\nNärvarande ledamöter Derya Tumayer (MP), Göteborg, ordf Mikael Berglund (M), Ale, "
            "v ordf Benny Andersson (S), Tjörn Jöran Fagerlund (V), Göteborg Joel Olsson (SD), Mölndal Carlos Rebelo "
            "Da Silva (S), Lilla Edet Niclas Ylander (S), Partille\n\n§1 Val av justeringsperson\n")
    present, _ = attendance_names(text)
    assert present == ["Derya Tumayer", "Mikael Berglund", "Benny Andersson", "Jöran Fagerlund", "Joel Olsson",
                       "Carlos Rebelo Da Silva", "Niclas Ylander"]
