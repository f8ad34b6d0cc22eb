"""A list line "Name, Organisation" where the organisation could pass for a name: it opens with a long compound
word that is no given name ("Jörgen Karlsson, Lokalpolisområde Järfälla"), or is one word shared by the names
before it ("Tore Olsson och Per-Erik Åhlund, Upplands-Brohus"), or repeats after each name ("Aurora Mattfolk,
Parkskolan Yasser Al-Maliki, Parkskolan"). Lines of names stay lists of names.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _line_entries


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Jörgen Karlsson, Lokalpolisområde Järfälla", [("Jörgen Karlsson", "Lokalpolisområde Järfälla")]),
        ("Anna Ek, Kommunledningskontoret Växjö", [("Anna Ek", "Kommunledningskontoret Växjö")]),
        ("Tore Olsson och Per-Erik Åhlund, Upplands-Brohus",
         [("Tore Olsson", "Upplands-Brohus"), ("Per-Erik Åhlund", "Upplands-Brohus")]),
        ("Aurora Mattfolk, Parkskolan Yasser Al-Maliki, Parkskolan",
         [("Aurora Mattfolk", "Parkskolan"), ("Yasser Al-Maliki", "Parkskolan")]),
        # look-alikes: names only, a given name last, a hyphenated double given name
        ("Anna Ek, Bo Berg, Christer", [("Anna Ek", None), ("Bo Berg", None), ("Christer", None)]),
        ("Anna Ek, Bo Berg, Cia Holm", [("Anna Ek", None), ("Bo Berg", None), ("Cia Holm", None)]),
        ("Anna Ek, Bo Berg och Cia Holm", [("Anna Ek", None), ("Bo Berg", None), ("Cia Holm", None)]),
        ("Anna Ek, Karl-Henrik Lindqvist", [("Anna Ek", None), ("Karl-Henrik Lindqvist", None)]),
    ],
)
def test_name_and_organisation_line(line: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.organisation) for p in _line_entries(line, 0, set(), False)] == people
