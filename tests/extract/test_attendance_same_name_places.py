"""Two persons of one name told apart by their places: "Peter Johansson (Fagerhult), ..., Peter Johansson
(Stenberga)".

Local boards (hunting areas, road associations, village councils) may hold two members of a common name and
write each one's place after them. They were merged into one person (and the places dropped). A name listed twice,
each with a different capitalised place or organisation in brackets, is two persons, each with that place as
organisation. Look-alikes: a name written twice without places, with the same place, or with a party in
brackets, stays one person.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_HEAD = "Protokoll fört vid arbetsgruppens möte 2010-10-19\n\n"
_TAIL = "\n\n 1. Att justera dagens protokoll utsågs Johnny Lindell.\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande: Johnny Lindell, Ola Rosander, Peter Johansson (Fagerhult), Ewerth Henricsson, "
          "Peter Johansson (Stenberga), Anders Bäckman."),
         [("Johnny Lindell", None), ("Ola Rosander", None), ("Peter Johansson", "Fagerhult"),
          ("Ewerth Henricsson", None), ("Peter Johansson", "Stenberga"), ("Anders Bäckman", None)]),
        # look-alikes
        ("Närvarande: Anna Holm, Bo Berg, Anna Holm, Karin Ek",
         [("Anna Holm", None), ("Bo Berg", None), ("Karin Ek", None)]),
        ("Närvarande: Anna Holm (Fagerhult), Bo Berg, Anna Holm (Fagerhult), Karin Ek",
         [("Anna Holm", None), ("Bo Berg", None), ("Karin Ek", None)]),
        ("Närvarande: Anna Holm (S), Bo Berg (M), Anna Holm (M), Karin Ek (C)",
         [("Anna Holm", None), ("Bo Berg", None), ("Karin Ek", None)]),
    ],
)
def test_same_name_places(text: str, present: list[tuple[str, str | None]]) -> None:
    meeting = extract_meeting(minutes_from_text(_HEAD + text + _TAIL))[0]
    assert [(p.name, p.organisation) for p in meeting.present] == present
