"""A municipal template's protocol number in its head is the meeting's number in the year, "20/10" for the
twentieth protocol of 2010: "Sammanträdesdatum KOMMUNSTYRELSEN 1.12.2010 20/10", "Nr KOMMUNSTYRELSEN 20/10". Read
as a day and month it would roll over into an event of the next year. Look-alikes: a day and month in prose, a
number whose second part is not the meeting's year, a date with its year."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates
from planner.extract.events import is_protocol_number

AFTER = date(2010, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Download "Sammanträdesdatum KOMMUNSTYRELSEN 1.12.2010 20/10. Kommunkansliet, sammanträdesrummet"', True),
        ("FINSTRÖMS KOMMUN PROTOKOLL Utfärdat den Nr KOMMUNSTYRELSEN 20/10 Sammanträdestid Onsdag kl", True),
        ("Organ Sammanträdesdatum Nr Kommunfullmäktige 2010-12-01 20/10", True),
        # look-alikes
        ("Nästa möte hålls den 20/10 i kommunkansliet.", False),
        ("Styrelsen sammanträder 15/1 kl 18.", False),
        ("Nr KOMMUNSTYRELSEN 20/11 Sammanträdestid", False),  # no 2011 meeting: a day and month
    ],
)
def test_is_protocol_number(text: str, expected: bool) -> None:
    mentions = [dm for dm in find_dates(text, after=AFTER) if "/" in dm.text]
    assert mentions
    assert is_protocol_number(text, mentions[0], AFTER) is expected
