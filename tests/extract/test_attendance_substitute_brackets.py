"""A substitute written with the member in brackets ("Anders Öhlin (ers. Sven Abrahamsson), Burlöv"), also in a
flattened run of "Name, Place" entries: the substitute is present with the role "ersättare för ...", and the
member stood in for is absent. Brackets holding anything else (a party, a note, a place) are not read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _person
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Minnesanteckningar Planeringsorganet\n\nTid: Torsdagen den 19 maj 2011\n",
                 tail="\n\n1. Välkommen och dagordning\n2. Föregående mötes minnesanteckningar")


@pytest.mark.parametrize(
    ("entry", "name", "role"),
    [
        ("Anders Öhlin (ers. Sven Abrahamsson), Burlöv", "Anders Öhlin", "ersättare för Sven Abrahamsson"),
        ("Hans Sandberg (ers Ulf Sandgren)", "Hans Sandberg", "ersättare för Ulf Sandgren"),
        ("Bo Berg (tjg för Cia Holm)", "Bo Berg", "ersättare för Cia Holm"),
        ("Anna Ek (S) (ersätter Dan Lund)", "Anna Ek", "ersättare för Dan Lund"),
        # look-alikes: a note, a place, a party in the brackets
        ("Eva Alteborg (delvis), Lund", "Eva Alteborg", None),
        ("Anna Ek (Växjö)", "Anna Ek", None),
        ("Bo Berg (M), ersättare", "Bo Berg", "ersättare"),
    ],
)
def test_substitute_in_brackets(entry: str, name: str, role: str | None) -> None:
    p = _person(entry, 0)
    assert p is not None
    assert (p.name, p.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Närvarande: Tomas Johansson, Landskrona gymnasieförbund, ordförande Anders Öhlin (ers. Sven Abrahamsson), "
          "Burlöv Henrik Andersson, Båstad Hans Sandberg (ers. Ulf Sandgren), Eslöv Johan Abrahamsson, Helsingborg "
          "Lisbeth Johansson, Hässleholm Frånvarande: Richard Mortenlind, Bjuv Peter Andreasson, Höganäs"),
         ["Tomas Johansson", "Anders Öhlin", "Henrik Andersson", "Hans Sandberg", "Johan Abrahamsson",
          "Lisbeth Johansson"],
         ["Richard Mortenlind", "Peter Andreasson", "Sven Abrahamsson", "Ulf Sandgren"]),
        # look-alike: a note in brackets before the comma names no one stood in for
        (("Närvarande: Tomas Johansson, Lund, Anders Öhlin (delvis), Burlöv Henrik Andersson, Båstad "
          "Johan Abrahamsson, Helsingborg"),
         ["Tomas Johansson", "Anders Öhlin", "Henrik Andersson", "Johan Abrahamsson"], []),
    ],
)
def test_flattened_run_with_substitutes(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)
