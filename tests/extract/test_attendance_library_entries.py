"""An entry of an attendance list named as a library ("Länsbibliotek Sörmland", "Regionbiblioteket Stockholm") is
the body a person came from, not a person: "Ulla Solsmo, Länsbibliotek Sörmland, endast 13 februari Maria
Törnfeldt, Länsbibliotek Dalarna, ..." read the libraries as names.

Look-alikes: names of people, even with a word near "bibliotek" ("Anna Biblioteksson"), stay.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import Person, _is_document


@pytest.mark.parametrize(
    ("name", "document"),
    [
        ("Länsbibliotek Sörmland", True),
        ("Regionbiblioteket Stockholm", True),
        ("Stadsbiblioteken", True),
        # look-alikes
        ("Ulla Solsmo", False),
        ("Anna Biblioteksson", False),
        ("Maria Törnfeldt", False),
    ],
)
def test_library_is_no_person(name: str, document: bool) -> None:
    assert _is_document(Person(name, 0, len(name))) is document
