"""A given name written as two initials joined by a hyphen, as club minutes write a double given name:
"J-O Kull" (Jan-Olof), "P-E Westman" (Per-Erik), "P-G Larsson", "K-G Holm".

Both comma-list readers take such initials for the given name: the run-on list (`_LIST_NAME`) and the entries a
comma closes (`_NAME_COMMA`). Before, "J-O Kull" was dropped from "..., Daniela Wallin, J-O Kull, Jenny Wåhlin,"
and "Anders Lundén, P-E Westman." read "P-E Westman" as Anders Lundén's organisation.

Look-alikes: a hyphenated abbreviation before a capitalised word ("IT-A Berg"), a single capital ("J Kull" is read
by the initials rule as before) and a lower-case tail are no such names.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("lines", "present", "absent"),
    [
        (("Närvarande: Stefan Pettersson, Lennart Andersson, Daniela Wallin, J-O Kull, Jenny Wåhlin,\n"
         "Anders Lundén, P-E Westman.\n"),
         ["Stefan Pettersson", "Lennart Andersson", "Daniela Wallin", "J-O Kull", "Jenny Wåhlin", "Anders Lundén",
          "P-E Westman"], []),
        ("Närvarande: P-E Westman, Anna Ek\nFrånvarande: Bo Berg, K-G Holm\n",
         ["P-E Westman", "Anna Ek"], ["Bo Berg", "K-G Holm"]),
        # look-alikes
        ("Närvarande: Anna Ek, IT-A Berg\n", ["Anna Ek"], []),
        ("Närvarande: Anna Ek, Bo Berg, Cia Holm\n", ["Anna Ek", "Bo Berg", "Cia Holm"], []),
    ],
)
def test_hyphenated_initials(lines: str, present: list[str], absent: list[str]) -> None:
    text = "Protokoll fört vid styrelsemöte den 5/2 2014\n" + lines + "§1 Mötets öppnande\nStefan hälsade.\n"
    assert attendance_names(text) == (present, absent)
