"""An unnumbered heading of one word under the list ("Rapporter", "Information", "Skrivelser", "Övrigt") opens
the business: it ends the attendance list, and the one-word headings under it ("Ekonomi") are no one's names.
Club minutes often head their matters so, without a number or "§".

Look-alikes: a one-word given name on a line of its own in a list of first names stays a name; a capitalised
word that heads no group of items ("Björn") goes on the list; a grouping word inside an entry ("Anna
Information") is not a line of its own.
"""

from __future__ import annotations

import pytest

from planner.extract import attendance as a
from tests.extract.attendance_lists import attendance_names

_HEAD = "FOK BORÅS\nSTYRELSEMÖTE 2022 03 14\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande: Anders Andersson (ordförande), Jens Ståhl, Tomas Ånhed,\nEsko Nyysti, Åke Nordin\n"
          "Rapporter\nEkonomi\nKonto-saldo presenterades.\n"),
         ["Anders Andersson", "Jens Ståhl", "Tomas Ånhed", "Esko Nyysti", "Åke Nordin"]),
        ("Närvarande:\nAnna Ek\nBo Berg\nInformation\nKassan\nKassören redovisade kassan.\n",
         ["Anna Ek", "Bo Berg"]),
        ("Närvarande: Anna Ek, Bo Berg\nSkrivelser\nMedlemsärenden\nTvå nya medlemmar antogs.\n",
         ["Anna Ek", "Bo Berg"]),
    ],
)
def test_grouping_heading_ends_list(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_HEAD) == (present, [])


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Rapporter", True),
        ("Information", True),
        ("Skrivelser", True),
        ("Övrigt", True),
        # look-alikes
        ("Björn", False),
        ("Anna Information", False),
        ("rapporter", False),
        ("Övriga", False),
    ],
)
def test_ends_list(line: str, ends: bool) -> None:
    assert a._ends_list(line, 0) is ends
