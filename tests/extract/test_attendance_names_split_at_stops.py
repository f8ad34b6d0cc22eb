"""Whole names separated by full stops instead of commas ("Frånvarande: Sven-Yngve Persson. Per-Arne
Håkansson"): one person each. Before, the list was read as one name holding the stop.

Look-alikes: an initial with a stop ("Bo E. Berg"), an abbreviated role ("Anna Ek. Ordf"), a sentence after
the name ("Anna Ek. Mötet öppnas") and one name alone stay as they are.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import Person, _split_at_stops
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("name", "names"),
    [
        ("Sven-Yngve Persson. Per-Arne Håkansson", ["Sven-Yngve Persson", "Per-Arne Håkansson"]),
        ("Anna Ek. Bo Berg. Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        # look-alikes
        ("Bo E. Berg", ["Bo E. Berg"]),
        ("Anna Ek. Ordf", ["Anna Ek. Ordf"]),
        ("Anna Ek. Mötet öppnas", ["Anna Ek. Mötet öppnas"]),
        ("Anna Ek. Ordförande", ["Anna Ek. Ordförande"]),
        ("Anna Ek", ["Anna Ek"]),
    ],
)
def test_split_at_stops(name: str, names: list[str]) -> None:
    assert [p.name for p in _split_at_stops([Person(name, 10, 10 + len(name))])] == names


def test_absent_names_separated_by_a_stop() -> None:
    text = ("Protokoll STYRELSEMÖTE 4 MAJ 2021 KL 19.00\nNärvarande: Kurt Månsson, Anders Pedersen, Rolf Hansson.\n"
            "Frånvarande: Sven-Yngve Persson. Per-Arne Håkansson\n\n 1. Mötet öppnas.\n")
    present, absent = attendance_names(text)
    assert present == ["Kurt Månsson", "Anders Pedersen", "Rolf Hansson"]
    assert absent == ["Sven-Yngve Persson", "Per-Arne Håkansson"]
