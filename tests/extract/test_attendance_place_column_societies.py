"""A list with a column of places in which a place is a local society written out, or a note that the member
took part from afar: "Anders Hammarberg Medelpads fornminnesförening", "Karl-Ingvar Ångström via Skype".

Associations of local societies list their board as "Margareta Johansson Indal" / "Bengt Wiklund Alnö" / ...
(`_has_place_column`). A line whose place is a society's name with its lower-case noun, or "via Skype", broke the
list there, and the three-word lines read before it kept their place as part of the name. Such a line is now a
name with its society (`_name_then_local_society`), the list goes on, and it does not keep the others from
being read as a column of places (at most one entry in three may be so). Look-alikes: a line of a sentence
("Anna Holm tackade föreningen") and a line whose first word is no given name stay unread so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _name_then_local_society
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll styrelsemöte 2014-10-30\n\n",
                 tail="\n\n§1      Mötets öppnande\n\nOrdförande Margareta Johansson öppnade mötet.")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande   Margareta Johansson Indal\nBengt Wiklund Alnö\nLars-Erik Larsson Torp\n"
          "Anders Hammarberg Medelpads fornminnesförening\nYvonne Uhlin Liden\nThore Matsson Borgsjö\n"
          "Saga Bruneskogh Stöde\nTomas Wallin Stöde\nKarl-Ingvar Ångström via Skype\nInger Bylund Hässjö"),
         ["Margareta Johansson", "Bengt Wiklund", "Lars-Erik Larsson", "Anders Hammarberg", "Yvonne Uhlin",
          "Thore Matsson", "Saga Bruneskogh", "Tomas Wallin", "Karl-Ingvar Ångström", "Inger Bylund"]),
        # look-alike: three-word names with only two-word names beside them are no place column
        ("Närvarande:\nMarie Sjöbom Olsson\nPeter Sjöbom\nAnna Ek\nBo Berg",
         ["Marie Sjöbom Olsson", "Peter Sjöbom", "Anna Ek", "Bo Berg"]),
    ],
)
def test_place_column_with_societies(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    ("text", "name", "organisation"),
    [
        ("Anders Hammarberg Medelpads fornminnesförening", "Anders Hammarberg", "Medelpads fornminnesförening"),
        ("Karl-Ingvar Ångström via Skype", "Karl-Ingvar Ångström", None),
        ("Eva Lund Selångers hembygdsförening", "Eva Lund", "Selångers hembygdsförening"),
    ],
)
def test_name_then_society(text: str, name: str, organisation: str | None) -> None:
    p = _name_then_local_society(text, 0)
    assert p is not None and (p.name, p.organisation) == (name, organisation)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Holm tackade föreningen",  # a sentence
        "Mötet Holm Medelpads fornminnesförening",  # no given name first
        "Anna Karin Medelpads fornminnesförening",  # a second given name, no surname
        "Anders Hammarberg via bussen",  # no way of taking part from afar
    ],
)
def test_not_name_then_society(text: str) -> None:
    assert _name_then_local_society(text, 0) is None
