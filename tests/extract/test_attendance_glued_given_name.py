"""A given name glued to its surname ("RichardHobro"): a web copy lost the space between them.

An entry of one word made of a known given name and a capitalised surname is the two, split: "RichardHobro,
Classe Wörmke, ..." names Richard Hobro. Look-alikes: surnames written with an inner capital ("McDonald",
"DeGeer", "LeBlanc"), whose first part is no given name, and a name with its space, stay as they are.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _flattened, _person


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("RichardHobro", "Richard Hobro"),
        ("AnnaLindqvist", "Anna Lindqvist"),
        ("KarinBerg-Ek", "Karin Berg-Ek"),
        # look-alikes: not split
        ("McDonald", "McDonald"),
        ("DeGeer", "DeGeer"),
        ("LeBlanc", "LeBlanc"),
        ("Richard Hobro", "Richard Hobro"),
    ],
)
def test_glued_given_name(entry: str, name: str | None) -> None:
    p = _person(entry, 0)
    assert (p.name if p else None) == name


def test_glued_first_entry_of_a_comma_list() -> None:
    text = "RichardHobro, Classe Wörmke, Rolf Wiberg, Mattias Pettersson, Mats Gustafsson"
    assert [p.name for p in _flattened(text, 0, set())] == [
        "Richard Hobro", "Classe Wörmke", "Rolf Wiberg", "Mattias Pettersson", "Mats Gustafsson"]
