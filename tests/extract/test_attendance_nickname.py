"""A nickname in brackets between given names and surname is part of the name as written.

A club's list writes the name a member is called by inside the name: "Nils Göran (Nicke) Ramberg", "Karl (Kalle)
Berg". SCHEMA.md keeps a name as written (without party, role or "tf"), so the nickname stays. Look-alikes: a
party or an organisation in brackets after the surname ("Anna Ek (S)", "Jan-Erik Wallin (Skaraborg)"), a role in
brackets, and a bracket before a next entry keep their readings.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _person


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Nils Göran (Nicke) Ramberg", "Nils Göran (Nicke) Ramberg"),
        ("Karl (Kalle) Berg", "Karl (Kalle) Berg"),
        ("Anna-Karin (Nina) Lund-Ek", "Anna-Karin (Nina) Lund-Ek"),
        # look-alikes
        ("Anna Ek (S)", "Anna Ek"),
        ("Jan-Erik Wallin (Skaraborg)", "Jan-Erik Wallin"),
        ("Maria Norrfalk (Ordförande)", "Maria Norrfalk"),
    ],
)
def test_nickname_in_brackets(entry: str, name: str) -> None:
    p = _person(entry, 0)
    assert p is not None and p.name == name


@pytest.mark.parametrize("entry", ["Anna Ek (M) Berg", "Åke Jönsson (Skaraborg) Ulf Eriksson", "Eva Dahl (Ordförande) Holm"])
def test_party_org_or_role_in_brackets_is_no_nickname(entry: str) -> None:
    p = _person(entry, 0)
    assert p is None or p.name != entry
