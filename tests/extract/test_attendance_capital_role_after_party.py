"""A role written with a capital after the member's party ("Theresa Rosbäck (M) Ordf.", "Anna Ek (S) Vice ordf.")
is the role, not the end of the name; a place or organisation after the party ("Bo Berg (M) Växjö") stays the
organisation, and words that are no role stay where they were.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _person


@pytest.mark.parametrize(
    ("entry", "name", "party", "role"),
    [
        ("Theresa Rosbäck (M) Ordf.", "Theresa Rosbäck", "M", "ordf"),
        ("Theresa Rosbäck (M) Ordförande", "Theresa Rosbäck", "M", "ordförande"),
        ("Anna Ek (S) Vice ordf.", "Anna Ek", "S", "vice ordf"),
        ("Bo Berg (M) Sekr.", "Bo Berg", "M", "sekr"),
        ("Karl-Erik Holm Lund (C) Vice ordförande", "Karl-Erik Holm Lund", "C", "vice ordförande"),
        ("Anna Ek Ordförande", "Anna Ek", None, "ordförande"),
        # look-alikes: a place after the party, a lower-case role, no role at all
        ("Bo Berg (M) Växjö", "Bo Berg", "M", None),
        ("William Garpenholm (S) vice ordf.", "William Garpenholm", "S", "vice ordf"),
        ("Cia Holm (KD)", "Cia Holm", "KD", None),
    ],
)
def test_capital_role_after_party(entry: str, name: str, party: str | None, role: str | None) -> None:
    p = _person(entry, 0)
    assert p is not None
    assert (p.name, p.party, p.role) == (name, party, role)
