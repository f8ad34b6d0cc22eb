"""Members written surname first, run together, with a comma before each role ("Höglund Roger, ordf.").

Åland and Ostrobothnian councils list members "Efternamn Förnamn" without commas between persons, a comma only
before a role, which may begin with a Roman ordinal: "Höglund Roger, ordf. Björkman Torbjörn, I viceordf
Danielsson Sven-Anders, II viceordf Eriksson Christofer Fagerlund Miina". The commas before roles do not make it
a comma list; each person is read back given name first. Look-alikes: a comma list of given-name-first persons
and a run written given name first stay as they are.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande Ledamöter: Höglund Roger, ordf. Björkman Torbjörn, I viceordf Danielsson Sven-Anders, II "
          "viceordf Eriksson Christofer Fagerlund Miina Johansson Lene-Maj\n\n§ 135 Laglighet"),
         ["Roger Höglund", "Torbjörn Björkman", "Sven-Anders Danielsson", "Christofer Eriksson", "Miina Fagerlund",
          "Lene-Maj Johansson"]),
        (("Närvarande: Lindqvist Mathias, ordf. Sundberg Viveka, viceordf Holm Elof Berg Aron Nyman Anna "
          "Åkerblom Erik\n\n§ 1 Laglighet"),
         ["Mathias Lindqvist", "Viveka Sundberg", "Elof Holm", "Aron Berg", "Anna Nyman", "Erik Åkerblom"]),
        # look-alikes: given name first, with commas between the persons or run together
        ("Närvarande: Anna Holm, Bo Berg, Karin Ek, Per Lund\n\n§ 1 Laglighet",
         ["Anna Holm", "Bo Berg", "Karin Ek", "Per Lund"]),
        ("Närvarande: Anna Holm, ordf. Bo Berg, sekr. Karin Ek Per Lund Eva Sten\n\n§ 1 Laglighet",
         ["Anna Holm", "Bo Berg", "Karin Ek", "Per Lund", "Eva Sten"]),
    ],
)
def test_surname_first_with_roles(text: str, present: list[str]) -> None:
    assert attendance_names(text)[0] == present
