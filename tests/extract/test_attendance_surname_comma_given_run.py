"""Persons written "Surname, Given" and run together: "Backman, Inger Sandström, Hans Granvik, Dan-Anders".

A flattened column of a Finland-Swedish table puts each person as surname, comma, given name, with nothing between
one person and the next, so the comma pieces read given name first pair the wrong words ("Inger Sandström"). When
the first piece is one word that is no given name, every word after a comma is a known given name and none before
one, the run is surname-comma-given: "Inger Backman", "Hans Sandström", "Dan-Anders Granvik". A column of roles in
lower case may follow the last person. Look-alikes: a comma list written given name first ("Anna Holm, Bo Berg"),
and one whose words after the commas are no given names, stay as they are.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _surname_comma_given_run
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Beslutande: Ersättare: Backman, Inger Sandström, Hans Granvik, Dan-Anders Parviainen, Anna Riska, "
          "Marcus\n\n§ 70 Laglighet"),
         ["Inger Backman", "Hans Sandström", "Dan-Anders Granvik", "Anna Parviainen", "Marcus Riska"]),
        (("Övriga närvarande: Byggmästar, Liane Hongell, Susanne Karlström, Kaisa kommunstyrelsens ordförande "
          "kommunstyrelsens representant fritidskoordinator\n\n§ 70 Laglighet"),
         ["Liane Byggmästar", "Susanne Hongell", "Kaisa Karlström"]),
        # look-alikes: given name first with commas
        ("Närvarande: Anna Holm, Bo Berg, Karin Ek, Per Lund\n\n§ 1 Laglighet",
         ["Anna Holm", "Bo Berg", "Karin Ek", "Per Lund"]),
    ],
)
def test_surname_comma_given_run(text: str, present: list[str]) -> None:
    assert attendance_names(text)[0] == present


@pytest.mark.parametrize(
    "text",
    [
        "Holm, Ekonomi Berg, Kansliet Ek, Teknik",  # no given names after the commas
        "Anna Holm, Bo Berg, Karin Ek, Per Lund",  # given name first: the first piece holds two words
        "Backman, Inger Sandström, Hans Granvik, Dan-Anders Ordförande Per",  # capitalised text after the run
        "Backman, Inger Sandström, Hans",  # too few persons
    ],
)
def test_not_a_surname_comma_given_run(text: str) -> None:
    assert _surname_comma_given_run(text, 0) == []
