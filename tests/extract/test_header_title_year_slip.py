"""A stored page's title and the minutes' own opening line that give the same day and month in two
different years: the year the text below writes is the meeting's ("Protokoll från styrelsemöte
2009-06-02" over "Protokoll från möte nr 5 - ÖMK, 2008-06-02" with "Nästa styrelsemöte blir måndag den
1 september 2008" below). The title's date stands when the text does not tell, or tells for it.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def date_of(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].date


BODY_2008 = ("Närvarande: Hans Johansson, Edvin Staffansson.\n\n1. Föregående protokoll: Lades till handlingarna.\n\n"
             "2. Övrigt: Nästa styrelsemöte blir måndag den 1 september 2008.\n")
BODY_2009 = BODY_2008.replace("2008", "2009")
BODY_NONE = "Närvarande: Hans Johansson, Edvin Staffansson.\n\n1. Föregående protokoll: Lades till handlingarna.\n"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Protokoll från styrelsemöte 2009-06-02\n\nProtokoll från möte nr 5 - ÖMK- Östersunds Motorbåtsklubb, "
         "2008-06-02\n\n" + BODY_2008, "2008-06-02"),
        (("Protokoll styrelsemöte 2017-03-14\n\nProtokoll fört vid styrelsemöte i Båtklubben 2016-03-14\n\n"
         "Närvarande: Anna Berg\n\n1. Vårrustning: Sjösättning sker den 6 maj 2016.\n"), "2016-03-14"),
        # look-alikes: the text writes the title's year, or neither year: the title's date stands
        ("Protokoll från styrelsemöte 2009-06-02\n\nProtokoll från möte nr 5 - ÖMK, 2008-06-02\n\n" + BODY_2009,
         "2009-06-02"),
        ("Protokoll från styrelsemöte 2009-06-02\n\nProtokoll från möte nr 5 - ÖMK, 2008-06-02\n\n" + BODY_NONE,
         "2009-06-02"),
        # different days: not a year slip
        ("Protokoll från styrelsemöte 2009-06-02\n\nProtokoll från möte nr 5 - ÖMK, 2008-06-03\n\n" + BODY_2008,
         "2009-06-02"),
    ],
)
def test_title_year_slip(text: str, iso: str) -> None:
    assert date_of(text) == iso
