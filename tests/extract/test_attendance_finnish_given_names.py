"""Finnish given names in the lists of Finland-Swedish bilingual bodies, written surname first: "Hongisto Tuija
medlem", "Kaanela Soile", "Niemi Tapani", "Rinne Tarja" (Pargas social- och hälsovårdsnämnden, stadsfullmäktige).

`FINNISH_GIVEN_NAMES` makes them given names to `_is_given`, so the entry is read (and turned given name first)
like one with a Swedish given name. Before, an entry with an unknown given name was dropped from the run.

Look-alikes: Finnish surnames ("Hongisto", "Luoma", "Kaanela") and Swedish words ("ville") are no given names.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _is_given
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("word", "given"),
    [
        ("Tuija", True), ("Soile", True), ("Tapani", True), ("Tarja", True), ("Kimmo", True), ("Petri", True),
        ("Raimo", True), ("Tuula", True), ("Antti", True),
        # look-alikes
        ("Hongisto", False), ("Luoma", False), ("Kaanela", False), ("Järvinen", False), ("ville", False),
    ],
)
def test_finnish_given_name(word: str, given: bool) -> None:
    assert _is_given(word) is given


def test_surname_first_run_with_finnish_given_names() -> None:
    text = ("Protokoll\nNärvarande ledamöter: Fredriksson Merja ordförande Engström Eskil viceordförande Hongisto Tuija "
            "medlem Luoma Mikaela medlem Kaanela Soile medlem Järvinen Markku suppleant\n\n1 § Öppnande\n")
    present, _ = attendance_names(text)
    assert present == ["Merja Fredriksson", "Eskil Engström", "Tuija Hongisto", "Mikaela Luoma", "Soile Kaanela",
                       "Markku Järvinen"]
