"""A comma list whose entries carry a lower-case role after the name ("Mats Gustafson ordf, Mattias Kanje vice
ordf, ...") and that holds a double given name written as two initials joined by a hyphen ("P-G Lindencrona",
"K-G Axelsson"). `_is_name_list` refused such a list, taking "P-G" for an organisation's abbreviation before a
place ("KK Kalmar"); the list then fell to the reader of entries a comma closes, which loses the entries with a
role after the name. Two different capitals joined by one hyphen are the initials of a name.

Look-alikes: an abbreviation of doubled or unhyphenated capitals before a place ("KK Kalmar", "AB Bostäder") is an
organisation still.
"""

from __future__ import annotations

import pytest

from planner.extract import attendance as a
from tests.extract.attendance_lists import attendance_names

_HEAD = "Styrelsemöte Kalmar TK 2014-08-28\n\n"
_TAIL = "\n\n§1. Föregående protokoll lästes upp och lades till handlingarna.\n\n§2. Nästa möte 21/10.\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # the list wraps after a comma: no "och" on the first line
        (("Närvarande: Mats Gustafson ordf, Mattias Kanje vice ordf, Johan Kjellnäs, P-G Lindencrona, Pia Waldem,\n"
          "Per Albertsson och Mona Larsson"),
         ["Mats Gustafson", "Mattias Kanje", "Johan Kjellnäs", "P-G Lindencrona", "Pia Waldem", "Per Albertsson",
          "Mona Larsson"]),
        ("Närvarande: Eva Holm ordf, K-G Axelsson kassör, Lars Ek sekr, Bo Berg,\nCia Lind",
         ["Eva Holm", "K-G Axelsson", "Lars Ek", "Bo Berg", "Cia Lind"]),
        ("Närvarande: Anna Ek, Bo Berg ordf, J-O Kull, Per Holm vice ordf,\nLisa Lund",
         ["Anna Ek", "Bo Berg", "J-O Kull", "Per Holm", "Lisa Lund"]),
    ],
)
def test_role_list_with_hyphen_initials(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL) == (present, [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mats Gustafson ordf, Mattias Kanje vice ordf, Johan Kjellnäs, P-G Lindencrona, Pia Waldem,", True),
        ("Anna Ek, K-G Axelsson, Bo Berg", True),
        # look-alikes: an organisation's abbreviation and a place
        ("Anna Ek, KK Kalmar", False),
        ("Anna Ek, AB Bostäder, Bo Berg", False),
        ("Anna Ek, K-K Kalmar, Bo Berg", False),
    ],
)
def test_is_name_list(text: str, expected: bool) -> None:
    assert a._is_name_list(text, set()) is expected
