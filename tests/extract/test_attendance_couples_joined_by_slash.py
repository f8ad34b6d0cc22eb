"""Couples joined by "/" inside a comma list of names present, as road and village associations write
their annual meetings ("Helge Öen/Grete Öen, Tonny Fernqvist, Maria Elg/Martin Clason"): each side is a
person of the list. Look-alikes: two names sharing a group after them ("Elisabeth Öberg/Helén Eriksson,
sekretariatet") keep the older reading; a slash that joins no two names is left alone."""

from __future__ import annotations

import pytest

from planner.extract.attendance import _couples_as_entries, _entries


@pytest.mark.parametrize(("text", "names"), [
    ("Helge Öen/Grete Öen, Tonny Fernqvist, Janne Lennerdahl, Maria Elg/Martin Clason, Susanne Heed",
     ["Helge Öen", "Grete Öen", "Tonny Fernqvist", "Janne Lennerdahl", "Maria Elg", "Martin Clason", "Susanne Heed"]),
    ("Anna Berg, Per Ek/Eva Ek, Olle Sten", ["Anna Berg", "Per Ek", "Eva Ek", "Olle Sten"]),
    ("Lars Nilsson / Karin Nilsson, Bo Ek, Ulla Ek", ["Lars Nilsson", "Karin Nilsson", "Bo Ek", "Ulla Ek"]),
])
def test_couples_in_a_name_list_are_two_entries(text: str, names: list[str]) -> None:
    people = _entries(text, 0, set(), False)
    assert [p.name for p in people] == names
    assert all(p.organisation is None for p in people)
    assert all(text[p.start:p.end] == p.name for p in people)


@pytest.mark.parametrize("text", [
    "Elisabeth Öberg/Helén Eriksson, sekretariatet",  # two persons sharing what follows: the older rule
    "Anna Berg, Per Ek, vägsamfällighet/förening",  # no couple of names
    "Anna Berg, Per Ek/Lund, Olle Sten",  # a name and a town
    "Anna Berg, Per Ek",  # two pieces only
])
def test_look_alikes_are_left_as_written(text: str) -> None:
    assert _couples_as_entries(text) == text
