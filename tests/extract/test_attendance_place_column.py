"""A present list whose every line is a name and then the member's place, without a comma ("Margareta Johansson
Indal" / "Bengt Wiklund Alnö" / ...), as associations of local societies list their board: the last word is the
place (read as the organisation), not part of the name. A list with only some three-word names, or whose third
words end as surnames do ("Sjöbom Olsson"), keeps its names whole.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import Person, _has_place_column
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Styrelseprotokoll 2015-06-04\n\nProtokoll från styrelsemöte 2015-06-04\n\n",
                 tail="\n\n 1. Mötets öppnande\n\nOrdföranden öppnade mötet.")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande   Margareta Johansson Indal\nBengt Wiklund Alnö\nAnne Strandlund Alnö\nLars-Erik Larsson Torp\n"
          "Thore Matsson Borgsjö\nInger Bylund Hässjö"),
         ["Margareta Johansson", "Bengt Wiklund", "Anne Strandlund", "Lars-Erik Larsson", "Thore Matsson",
          "Inger Bylund"]),
        ("Närvarande:\nKarin Lund Sundsvall\nPer Holm Timrå\nEva Ek Ånge\nBo Berg Härnösand",
         ["Karin Lund", "Per Holm", "Eva Ek", "Bo Berg"]),
        # look-alikes: two-word names beside three-word ones; double surnames; too few lines to tell
        ("Närvarande:\nMarie Sjöbom Olsson\nPeter Sjöbom\nAnna Ek\nBo Berg",
         ["Marie Sjöbom Olsson", "Peter Sjöbom", "Anna Ek", "Bo Berg"]),
        ("Närvarande:\nMarie Sjöbom Olsson\nSarah Faxby Bjerner\nEva Lind Karlsson\nKarin Holm Lindqvist",
         ["Marie Sjöbom Olsson", "Sarah Faxby Bjerner", "Eva Lind Karlsson", "Karin Holm Lindqvist"]),
        ("Närvarande:\nKarin Lund Sundsvall\nPer Holm Timrå\nEva Ek Ånge",
         ["Karin Lund Sundsvall", "Per Holm Timrå", "Eva Ek Ånge"]),
    ],
)
def test_place_column(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


def test_place_needs_names_first() -> None:
    # "Anna Maria Ek": a second given name, no place
    people = [Person(n, 0, len(n)) for n in ("Anna Maria Ek", "Bo Berg Ånge", "Cia Holm Timrå", "Dan Lund Sala")]
    assert not _has_place_column(people)
