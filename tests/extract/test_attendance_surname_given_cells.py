"""Persons written "Surname, Given" in the cells of a table's rows: "Abelius, Anders             Carlsson, Anders".

A table of members, flattened to text, puts one to three persons on a row, each as surname, comma, given name
(perhaps with a role in lower case after two spaces), the cells parted by wide gaps and the rows by blank lines.
Each cell is read given name first, and the rows go on with the list across the blank lines. A given name must be
a known one, or its cell hold a known role word ("Uggla, Eddie  ordförande"). Look-alikes: a place and its
country, a comma list written given name first, and a row with anything else in it, stay as they are.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _surname_given_cells
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande                  Uggla, Eddie  ordförande\n\n"
          "                                 Abelius, Anders             Carlsson, Anders\n\n"
          "                                 Christofferson, Lars      Ingvald, Göran\n\n"
          "                                 Nilsson, Anders            Wester, Åke\n\n \n\n"
          "  1. Förklarade  ordföranden  mötet öppnat, fastställdes agendan.\n"),
         ["Eddie Uggla", "Anders Abelius", "Anders Carlsson", "Lars Christofferson", "Göran Ingvald",
          "Anders Nilsson", "Åke Wester"]),
        (("Närvarande:   Holm, Karin  ordförande     Berg, Per  sekreterare\n\n"
          "              Lund, Eva                   Ek, Maria\n\n"
          "§ 1 Mötets öppnande\n"),
         ["Karin Holm", "Per Berg", "Eva Lund", "Maria Ek"]),
    ],
)
def test_surname_given_cells(text: str, present: list[str]) -> None:
    assert attendance_names(text, head="Protokoll styrelsemöte 2012-11-19\n\n")[0] == present


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Uggla, Eddie  ordförande", ["Eddie Uggla"]),
        ("Abelius, Anders             Carlsson, Anders", ["Anders Abelius", "Anders Carlsson"]),
        ("Lund, Eva  vice ordförande", ["Eva Lund"]),
    ],
)
def test_cells_read(text: str, names: list[str]) -> None:
    assert [p.name for p in _surname_given_cells(text, 0)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Stockholm, Sverige",  # a place and its country
        "Anna Holm, Bo Berg",  # given name first
        "Holm, Anna Berg",  # a third word that is no role
        "Uggla, Eddie",  # an unknown given name without a role
        "Anna, Holm",  # the surname is a given name
        "Holm, Anna   Berg, Per   Ek, Eva   Lund, Kim",  # four cells: no row of a members' table
        "Kommun, Anna  ledamot",  # an organisation word before the comma
    ],
)
def test_not_surname_given_cells(text: str) -> None:
    assert _surname_given_cells(text, 0) == []
