"""A list label with its Finnish translation after a dash, as Finland-Swedish bilingual municipal minutes write it:
"NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET Fredriksson Merja ordförande ...", "NÄRVARANDE LEDAMÖTER -
SAAPUVILLA OLLEET JÄSENET Alexandersson Gia ordförande ...", "ÖVRIGA NÄRVARANDE - MUUT LÄSNÄ OLLEET ...".

The translation (Finnish label words only, `_RX_FINNISH_TRANSLATION`) stands between the Swedish label and the
names, mostly without a colon. Before, `label_of` read no label there, and the whole list was lost.

Look-alikes: a dash before a name ("Närvarande - Anna Ek") or before Swedish words is no translation, and a
Finnish word that is no label word ("Närvarande - Läsnäolo ...") opens nothing.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import ListKind, label_of
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET Fredriksson Merja ordförande",
         (ListKind.PRESENT, "Fredriksson Merja ordförande")),
        ("NÄRVARANDE LEDAMÖTER - SAAPUVILLA OLLEET JÄSENET Alexandersson Gia ordförande",
         (ListKind.PRESENT, "Alexandersson Gia ordförande")),
        ("ÖVRIGA NÄRVARANDE - MUUT LÄSNÄ OLLEET Järvinen Hanna sst:s representant",
         (ListKind.PRESENT, "Järvinen Hanna sst:s representant")),
        ("Närvarande – Läsnä: Anna Ek", (ListKind.PRESENT, "Anna Ek")),
        ("Frånvarande / Poissa Bo Berg", (ListKind.ABSENT, "Bo Berg")),
        # look-alikes
        ("Närvarande - Läsnäolo Anna Ek", None),
        ("Närvarande - Anna Ek", None),
        ("Närvarande - se bilaga", None),
    ],
)
def test_label_with_finnish_translation(text: str, found: tuple[ListKind, str] | None) -> None:
    lab = label_of(text)
    assert ((lab[0], text[lab[1]:]) if lab else None) == found


def test_translated_label_inside_a_flattened_line() -> None:
    # a PDF page flattened into one line (Pargas, social- och hälsovårdsnämnden 2014), names surname first
    text = ("Protokoll\n2 5/ Social- och hälsovårdsnämnden TID - AIKA KL. - KLO 16:30-18:15 PLATS - PAIKKA Houtskär "
            "områdeskontor, Näsbyvägen 214, Houtskär NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET Fredriksson Merja "
            "ordförande Engström Eskil viceordförande Ekström Kurt medlem Granqvist Conny medlem Luoma Mikaela medlem "
            "Oivo Helen medlem Järvinen Markku suppleant ÖVRIGA NÄRVARANDE - MUUT LÄSNÄ OLLEET Järvinen Hanna sst:s "
            "representant Sundqvist Paula tf. social- och hälsovårdsdirektör Taxell-Ahlbäck Nina protokollförare "
            "Sirén Gun äldreomsorgschef Ulriksson Heidi socialsekreterare/soc.service\n")
    present, absent = attendance_names(text)
    assert present == ["Merja Fredriksson", "Eskil Engström", "Kurt Ekström", "Conny Granqvist", "Mikaela Luoma",
                       "Helen Oivo", "Markku Järvinen", "Hanna Järvinen", "Paula Sundqvist", "Nina Taxell-Ahlbäck",
                       "Gun Sirén", "Heidi Ulriksson"]
    assert absent == []
