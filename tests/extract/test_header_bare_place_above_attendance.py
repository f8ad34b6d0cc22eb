"""A bare place line right above the head's first attendance label, the line above it dated, is the venue even
when the meeting's date was read from a title further up: "Mötesprotokoll: Styrelsemöte 2018-01-22 Föreningen
Runsten Equestrians / ... / Styrelsemöte 22/1-2018 / Runstens Gård / Närvarande: ...".

Look-alikes: the line above the place holds no date, the place line is a person or an organisation, no
attendance label under it.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_TITLE = ("Mötesprotokoll: Styrelsemöte 2018-01-22 Föreningen Runsten Equestrians\n\n"
          "Föreningen Runsten Equestrians\n\n \n\n")
_ITEMS = ("1.    Styrelsen 2018\n\n Förslag från valberedningen är att öka antalet styrelsemedlemmar.\n\n"
          "2.    Runstens Ungdomssatsning\n\n Första delen var mycket uppskattad.\n")


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        ("Styrelsemöte 22/1-2018\n\nRunstens Gård\n\n \n\nNärvarande: Per Dahlgren, Mimmi Wik.\n\n", "Runstens Gård"),
        ("Styrelsemöte 22 januari 2018\nKlubbstugan Ekbacken\nNärvarande: Per Dahlgren, Mimmi Wik.\n",
         "Klubbstugan Ekbacken"),
        # look-alikes
        ("Styrelsemöte\n\nRunstens Gård\n\nNärvarande: Per Dahlgren, Mimmi Wik.\n\n", None),
        ("Styrelsemöte 22/1-2018\n\nMimmi Wik\n\nNärvarande: Per Dahlgren, Mimmi Wik.\n\n", None),
        ("Styrelsemöte 22/1-2018\n\nRunstens Ryttarförening\n\nNärvarande: Per Dahlgren, Mimmi Wik.\n\n", None),
        ("Styrelsemöte 22/1-2018\n\nRunstens Gård\n\nMötet öppnades av Per Dahlgren.\n\n", None),
    ],
)
def test_place_above_attendance(head: str, venue: str | None) -> None:
    meeting = extract_text(minutes_from_text(_TITLE + head + _ITEMS)).meeting
    assert meeting.venue == venue
