"""Each person's signature initials in one line of entries: "Lotta Persson (LP) vice ordf., Johanna Sandelin (JS)
kassör, Johanna Alkberg (JA) sekr., Linnea Bergman (LB), ...".

An association's minutes name each member once with the initials they go by after ("(LP)"), then the role. The
first initials were taken out before; now each next pair of initials that signs the words since the last ones
("vice ordf., Johanna Sandelin" for "JS") is taken out too, and the line reads as "Name, role, Name, role".
Before, the second person and the third were read as the first one's organisation.

Look-alikes: a party in brackets ("(S)") is no initials, initials that do not sign the name before them are kept
(they stop the run), and a line without initials reads as before.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("line", "present"),
    [
        (("Lotta Persson (LP) vice ordf., Johanna Sandelin (JS) kassör, Johanna Alkberg (JA) sekr., Linnea Bergman "
          "(LB), Maria Brolin (MB), Terese Öström (TÖ) ledamöter, Irene Ek (IE) suppl., Elin Oja (EO) adj."),
         ["Lotta Persson", "Johanna Sandelin", "Johanna Alkberg", "Linnea Bergman", "Maria Brolin", "Terese Öström",
          "Irene Ek", "Elin Oja"]),
        ("Per Åstrand (PÅ) ordförande, Bo Berg (BB) kassör, Cia Holm (CH)", ["Per Åstrand", "Bo Berg", "Cia Holm"]),
        # look-alikes
        ("Per Åstrand (PÅ).", ["Per Åstrand"]),
        ("Anna Ek (S), Bo Berg (M), Cia Holm (C)", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        ("Anna Ek, Bo Berg, Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"]),
    ],
)
def test_each_persons_initials(line: str, present: list[str]) -> None:
    got, _ = attendance_names(f"Protokoll 2016-12-04\n\nNärvarande: {line}\n\n1. Mötets öppnande\n\nText.\n")
    assert got == present
