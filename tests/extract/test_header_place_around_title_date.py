"""The meeting's place written around the title's date: in brackets after it ("... styrelsemöte 17 mars 1999
(SSK klubhus Sigridsberg)"), a town before it ("Släktmöte i Roxnäs släktförening i Eskilstuna den 17 augusti
2013"), or on the line below a title closed by a comma after the date ("... storlicensområde 031001," /
"Vängåvan i Nyhem."); with look-alikes that are no place."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

BODY = "\n\nNärvarande: Anna Ek, Per Bo\n\n1. Mötet öppnas\n\n2. Val av justerare\n"


def venue_of(title: str) -> str | None:
    return extract_meeting(minutes_from_text(title + BODY))[0].venue


@pytest.mark.parametrize(("title", "venue"), [
    ("Protokoll fört vid SSKFs styrelsemöte 17 mars 1999 (SSK klubhus Sigridsberg)", "SSK klubhus Sigridsberg"),
    ("Protokoll styrelsemöte 2019-03-04 (Bygdegården, Ås)", "Bygdegården, Ås"),
    ("Släktmöte i Roxnäs släktförening i Eskilstuna den 17 augusti 2013", "Eskilstuna"),
    ("Årsmöte för Ekbackens vägförening i Norra Ed den 3 maj 2015", "Norra Ed"),
    ("Protokoll fört vid möte med Nyhems storlicensområde 2003-10-01,\nVängåvan i Nyhem.", "Vängåvan i Nyhem"),
])
def test_place_around_title_date(title: str, venue: str) -> None:
    assert venue_of(title) == venue


@pytest.mark.parametrize("title", [
    "Protokoll fört vid styrelsemöte 17 mars 1999 (ej justerat)",
    "Protokoll fört vid styrelsemöte 17 mars 1999 (Extra möte)",
    "Protokoll fört vid styrelsemöte 17 mars 1999 (Protokoll 3/99)",
    "Protokoll styrelsemöte 2019-03-04 (Teams)",
    "Möte i Roxnäs släktförening den 17 augusti 2013",  # the organisation, no place
    "Sammanträde i Kommunstyrelsen den 17 augusti 2013",
    "Protokoll fört vid möte med Nyhems storlicensområde 2003-10-01,\n1. Mötet öppnas",
])
def test_no_place_around_title_date(title: str) -> None:
    assert venue_of(title) is None


@pytest.mark.parametrize("title", [
    "Protokoll från sammanträde i Leader Inlandet den 30 oktober 2014",  # the body after the meeting's word
    "Släktmöte i Roxnäs släktförening i Eskilstuna 2013-08-17",  # no "den": the name may run on to the date
])
def test_name_after_meeting_word_is_no_town(title: str) -> None:
    assert venue_of(title) is None
