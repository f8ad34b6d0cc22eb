"""The day a paper was registered, the verb right before the date in its clause ("som inkommit och diarieförts på ärendet den 11 oktober 2015",
"skrivelsen diariefördes 2017-10-11"): an office's record of the past, no event. A meeting or a
deadline in the same minutes, or a paper that is still to be registered by a date, stays.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("Protokoll fört vid sammanträde med pensionärsrådet\n\nDatum: 2017-10-04\n\nNärvarande: Anna Berg, Per Ek\n\n"
        "1. Mötets öppnande\n\nOrdförande öppnade mötet.\n\n2. Översiktsplan\n\n")


def event_dates(tail: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + tail)).events]


@pytest.mark.parametrize(
    "tail",
    [
        "Synpunkterna har inlämnats och diarieförts på ärendet den 11 oktober 2017.\n",
        "Skrivelsen från föreningen diariefördes den 20 oktober 2017 och besvaras av förvaltningen.\n",
        "Ansökan är diarieförd 2017-10-12 under dnr 2017/45.\n",
    ],
)
def test_day_of_registering_is_no_event(tail: str) -> None:
    assert event_dates(tail) == []


@pytest.mark.parametrize(
    ("tail", "iso"),
    [
        ("Synpunkterna har diarieförts. Nästa möte hålls den 12 november 2017.\n", "2017-11-12"),
        ("Rådet lämnar sina synpunkter senast den 30 oktober 2017.\n", "2017-10-30"),
        ("Ärendet diariefördes och tas upp på nästa möte den 12 november 2017.\n", "2017-11-12"),
    ],
)
def test_meeting_beside_a_registered_paper_stays(tail: str, iso: str) -> None:
    assert event_dates(tail) == [iso]
