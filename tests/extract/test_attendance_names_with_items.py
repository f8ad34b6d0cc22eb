"""A comma list whose entries carry the items each person was present for, with or without "§".

Officials who come for some items only are listed with them: "Tjänstemän Ulla-Karin Jönsson 1-23, Thomas Nilsson
1, Anders Unger 1-2, 4-5, 7, Ulf Andersson 6". The item numbers are no part of a name, and a piece of numbers only
("4-5", "7") goes on the entry before it, not a person of its own.

Look-alikes: a list with one numbered entry only, pieces that are no names (a date, an address, a sentence), and
numbers before any name read nothing by this rule.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _names_with_items
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll 2008-01-16\n\n", tail="\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ulla-Karin Jönsson 1-23, Thomas Nilsson 1, Anders Unger 1-2, 4-5, 7, Ulf Andersson 6",
         ["Ulla-Karin Jönsson", "Thomas Nilsson", "Anders Unger", "Ulf Andersson"]),
        ("Björn Johansson §§ 1-23, Kulla Persson Kraft § 4, 7, Erica Månsson §§ 4-5, 15-16",
         ["Björn Johansson", "Kulla Persson Kraft", "Erica Månsson"]),
        ("Anna Ek 3, Bo Berg, Cia Holm 5–6.", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        # look-alikes
        ("Anna Ek 3, Bo Berg, Cia Holm", None),
        ("Anna Ek, Bo Berg, Cia Holm", None),
        ("Stadshuset 3 april 2008, Bo Berg 2, Cia Holm 5", None),
        ("Storgatan 12, Växjö 4, Anna Ek 3", None),
        ("3, Anna Ek 3, Bo Berg 4, Cia Holm 5", None),
        ("Anna Ek 3, Bo Berg 4 deltog inte, Cia Holm 5", None),
    ],
)
def test_names_with_items(text: str, names: list[str] | None) -> None:
    found = _names_with_items(text)
    assert (None if found is None else [n for n, _ in found]) == names
    assert all(text[at: at + len(n)] == n for n, at in found or [])


def test_officials_present_for_some_items() -> None:
    present, _ = _lists(
        "Närvarande:\nAnna Berg (S), ordförande, Bo Ek (M)\n"
        "Tjänstemän: Ulla-Karin Jönsson 1-23, Thomas Nilsson 1, Anders Unger 1-2, 4-5, 7, 12-13, Ulf Andersson 6")
    assert present == ["Anna Berg", "Bo Ek", "Ulla-Karin Jönsson", "Thomas Nilsson", "Anders Unger", "Ulf Andersson"]
