"""Two list labels of one kind joined by a slash before the colon: "Ej närvarande/förhinder:", "Frånvarande/anmält
förhinder:", on a line of its own or inside a flattened header ("... Göran Jansson, Länsstyrelsen, adjungerad Ej
närvarande/förhinder: Charlotta Kamaterou, Länsstyrelsen ..."). Before, the slash ended no label: the absent
names were read as present, the label as an organisation.

Look-alikes: labels of two kinds ("Närvarande/frånvarande:", the heading of a table of marks, or
"Frånvarande/närvarande:") and a slash without a colon open no list by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import ListKind, label_of
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ej närvarande/förhinder: Charlotta Kamaterou, Länsstyrelsen", ListKind.ABSENT),
        ("Frånvarande/anmält förhinder: Bo Berg", ListKind.ABSENT),
        ("Frånvarande / förhinder: Bo Berg", ListKind.ABSENT),
        ("Närvarande/deltagare: Anna Ek", ListKind.PRESENT),
        # look-alikes
        ("Närvarande/frånvarande: Anna Ek", None),
        ("Frånvarande/närvarande: Anna Ek", None),
        ("Ej närvarande/förhinder Bo Berg", None),
    ],
)
def test_slashed_label(text: str, kind: ListKind | None) -> None:
    found = label_of(text)
    assert (found[0] if found else None) is kind


def test_slashed_absent_label_inside_a_flattened_header() -> None:
    text = ("Minnesanteckningar 2013-01-25\n\nNärvarande: Annelie Johansson, Länsstyrelsen, ordförande Dave Borg, "
            "Malmö stad Göran Jansson, Länsstyrelsen, adjungerad Ej närvarande/förhinder: Charlotta Kamaterou, "
            "Länsstyrelsen Jonas Andersson, Länsstyrelsen\n\n1. Minnesanteckningar från föregående möte\n")
    present, absent = attendance_names(text)
    assert present == ["Annelie Johansson", "Dave Borg", "Göran Jansson"]
    assert absent == ["Charlotta Kamaterou", "Jonas Andersson"]
