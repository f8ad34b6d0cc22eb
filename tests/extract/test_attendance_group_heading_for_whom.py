"""A group's heading after a list's label, naming whom the group's members represent: "Ordinarie ledamöter: För UPS
(Uppsala pensionärsföreningars samarbetsråd):" over "Jan Ask, ordförande UPS" / "Karin Näslund-Westman", "Ersättare:
För UPS:", "Övriga deltagare: Från förvaltningen:" (pensioners' councils, councils of disability organisations,
where the members come from several organisations).

Before, the heading was read as an entry ("För UPS :", "För"). An entry opening with the preposition "För" or
"Från" names no person (`_is_document`); the names below it are read as before.

Look-alikes: names that merely begin with the same letters ("Förster", "Fröding") stay persons.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

HEAD = "Kommunala pensionärsrådet\nProtokoll 2019-02-25\n\n"
TAIL = "\n\n§1 Val av justerare\nKarin utses att justera protokollet.\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Ordinarie ledamöter: För UPS (Uppsala pensionärsföreningars samarbetsråd):\nJan Ask, ordförande UPS\n"
          "Karin Näslund-Westman\nSven-Olov Larsson\n"),
         ["Jan Ask", "Karin Näslund-Westman", "Sven-Olov Larsson"]),
        ("Ersättare: För UPS:\nEva Gosselman\nLars O Ericson\nMats Hallor\n",
         ["Eva Gosselman", "Lars O Ericson", "Mats Hallor"]),
        (("Ordinarie ledamöter: Förtroendevalda\nCaroline Hoffstedt (S), kommunstyrelsen\n"
          "Jonas Segersam (KD), kommunstyrelsen\n\nOrdinarie ledamöter: För PRO:\nAnna Ek\nBo Berg\n"),
         ["Caroline Hoffstedt", "Jonas Segersam", "Anna Ek", "Bo Berg"]),
        ("Närvarande: För SPF Seniorerna:\nGunnel Ask\nPer Holm\nCia Berg\n", ["Gunnel Ask", "Per Holm", "Cia Berg"]),
        ("Övriga deltagare: Från förvaltningen:\nAnna Lind, handläggare\nBo Berg, sekreterare\n",
         ["Anna Lind", "Bo Berg"]),
        # look-alikes: surnames and given names on the same letters
        ("Närvarande:\nEva Förster\nPer Fröding\nFöreby Ann\n", ["Eva Förster", "Per Fröding", "Föreby Ann"]),
        ("Närvarande: Gun Förberg, Lars Frånberg, Anna Ek\n", ["Gun Förberg", "Lars Frånberg", "Anna Ek"]),
    ],
)
def test_group_heading_for_whom(text: str, present: list[str]) -> None:
    got, _ = attendance_names(text, head=HEAD, tail=TAIL)
    assert got == present
