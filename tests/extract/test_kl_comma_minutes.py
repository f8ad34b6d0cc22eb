"""A start clock whose minutes follow a comma after "kl" ("kl. 18,30") is read with its minutes
(`header.kl_hour_with_comma_minutes`); a comma after a whole hour elsewhere is not."""

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = "\n\nNärvarande: 16 personer.\n\n§ 1 Mötets öppnande\n"

CASES = [
    # real phrases
    (("Protokoll förd vid årsmötet i Leksands Biodlarförening måndagen den 14 november 2022 kl. 18,30 i "
      "Församlingshemmet S:t Persgården Kyrkallén 6."), "18:30"),
    ("Protokoll fört vid styrelsemöte den 3 mars 2021 klockan 19,15 hos Anna.", "19:15"),
    ("Styrelsemöte 2021-03-03 kl 9,45, Föreningslokalen", "09:45"),
    # look-alikes: a comma before a word, a count, or a clock already with minutes
    ("Styrelsemöte den 3 mars 2021 kl. 18, 30 personer kom.", "18:00"),
    ("Styrelsemöte den 3 mars 2021 kl. 18,5 timmar.", "18:00"),
    ("Styrelsemöte den 3 mars 2021 kl. 18.15,30 personer.", "18:15"),
]


@pytest.mark.parametrize(("head", "start"), CASES)
def test_kl_comma_minutes(head: str, start: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + _TAIL))
    assert meeting.start == start
