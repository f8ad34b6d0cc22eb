"""A list line that goes on with a sentence naming more attendees after a capitalised adverb ("Närvarande: ...,
Niklas van der Schoot Dessutom Niklas Ylipää, sammankallande ..., som deltog under punkt 0."): the adverb ends the
last name, and the names after it are read too. The adverb before no name (prose) adds no one.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _line_entries


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (("Eklöf, Karlsson Lönnö, Thomas Lundberg, Niklas van der Schoot Dessutom Niklas Ylipää, sammankallande för "
          "ungdomsskidåkning, som deltog under punkt 0."),
         ["Eklöf", "Karlsson Lönnö", "Thomas Lundberg", "Niklas van der Schoot", "Niklas Ylipää"]),
        ("Anna Ek, Bo Berg Dessutom deltog Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        ("Anna Ek, Bo Berg Även närvarande: Cia Holm, Dan Lund", ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
        # look-alikes: no name after the adverb; no adverb
        ("Anna Ek, Bo Berg Dessutom diskuterades budgeten", ["Anna Ek", "Bo Berg"]),
        ("Anna Ek, Bo Berg, Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"]),
    ],
)
def test_more_attendees_after_adverb(line: str, names: list[str]) -> None:
    assert [p.name for p in _line_entries(line, 0, set(), False)] == names
