"""A head line that names the meeting as held at a distance with its day ("Rapport från digitalt styrelsemöte den
7 december 2020") makes the meeting online ("digital"). Not a digital meeting on another day (the next one), nor
such words below the head."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_BODY = "\n\nNärvarande: Anna Ek, Per Lind\n\n1. Mötets öppnande\n\nMötet öppnades.\n\n2. Ekonomi\n\nGod.\n"


@pytest.mark.parametrize(
    ("head", "online"),
    [
        ("Rapport från styrelsemöte 13/12/20\n\nRapport från digitalt styrelsemöte den 7 december 2020.", "digital"),
        ("Protokoll fört vid digitalt årsmöte 2021-04-20", "digital"),
        ("Golfklubben\n\nMinnesanteckningar från digital föreningsstämma 12 maj 2021", "digital"),
        ("Anteckningar från digitalt medlemsmöte den 3 februari 2021 kl 19.00", "digital"),
        # look-alikes: another day's digital meeting; no distance word; a digital tool, not the meeting
        ("Protokoll styrelsemöte 2021-03-04\n\nNästa digitala styrelsemöte 2021-04-08", None),
        ("Protokoll fört vid styrelsemöte den 7 december 2020", None),
        ("Protokoll styrelsemöte 2021-03-04\n\nDigitalt styrelsemöte planeras 2021-05-06", None),
    ],
)
def test_digital_meeting_of_day(head: str, online: str | None) -> None:
    assert extract_meeting(minutes_from_text(head + _BODY))[0].online == online
