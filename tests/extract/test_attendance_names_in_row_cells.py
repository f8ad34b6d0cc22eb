"""A list's names set out in the cells of one row: "Närvarande:  Niclas Moberg   Robert Karlsson  Jan Spjuth ...".

A copy that keeps a table's cells (tabs, or runs of spaces) may put a whole list of names on one row. Such a
row is no person's row (name, organisation, mark): when three cells or more hold names only, three of four
beginning with a known given name and the others of two words ("K-G Axelsson"), each cell is read as names.

Look-alikes: a person's row with an organisation of several words, a row of a name and its marks, and a row
of two names read as before (one person, the other cells as organisation or marks).
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _tab_row
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll 2012-10-22\n\n", tail="\n\n1. Ordföranden hälsade alla välkomna.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Niclas Moberg\tRobert Karlsson  Jan Spjuth\tÅke Nilsson\tGert-Ove Ekenmo\tK-G Axelsson\tTorgny Johansson",
         ["Niclas Moberg", "Robert Karlsson", "Jan Spjuth", "Åke Nilsson", "Gert-Ove Ekenmo", "K-G Axelsson",
          "Torgny Johansson"]),
        ("Anna Berg\tPer Lund\tEva Ek", ["Anna Berg", "Per Lund", "Eva Ek"]),
        # look-alikes
        # (a name, an organisation and a second name of it: two persons of that organisation, not a names-only
        # row; see test_attendance_second_name_after_org)
        ("Gull-Britt Nilsson\tSkåneländska Gastronomiska Akademiens Vänförening\tInger Stiljtestrand Svensson",
         ["Gull-Britt Nilsson", "Inger Stiljtestrand Svensson"]),
        ("Anna Berg\tX\t\t", ["Anna Berg"]),
        ("Anna Berg\tPer Lund", ["Anna Berg"]),
        ("Anna Berg\tKommunstyrelsen Väst\tPer Lund", ["Anna Berg", "Per Lund"]),
    ],
)
def test_names_in_the_cells_of_one_row(text: str, read: list[str]) -> None:
    assert [p.name for p in _tab_row(text, 0, set())] == read


def test_names_in_cells_after_a_label() -> None:
    text = ("Närvarande:  Niclas Moberg   Robert Karlsson  Jan Spjuth   Åke Nilsson   Gert-Ove Ekenmo   K-G Axelsson"
            "   Torgny Johansson")
    assert _lists(text)[0] == ["Niclas Moberg", "Robert Karlsson", "Jan Spjuth", "Åke Nilsson", "Gert-Ove Ekenmo",
                               "K-G Axelsson", "Torgny Johansson"]
