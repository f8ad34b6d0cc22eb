"""Minutes that date the meeting by weekday, day and month only ("torsdag 22 mars 09.30 till 16.30", "från
kårfullmäktigemötet onsdagen den 15 mars", "Tid: Torsdagen den 3 april kl 13.00") take the year the text names in
which that day falls on that weekday, the head's years first, then the text's: one such year, no more. The weekday
opens its line, follows a date label or the meeting's word; a clock may follow the month. Not read: a day whose
weekday fits none of the years named, or more than one, or a weekday in a sentence of prose."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _date(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Protokoll\nLäkemedelskommitté\ntorsdag 22 mars 09.30 till 16.30\nPlats: Kommitténs kansli\nDeltagare\n"
         "Anna Ek\nPer Bo\n\n1. Rekommendationslistan för 2007 godkändes.\n"), "2007-03-22"),
        (("Rapport från kårfullmäktige 15 mars\n\nAnna Ek, organisationsansvarig, rapporterar\n"
         "från kårfullmäktigemötet onsdagen den 15 mars.\n\nPå mötet för mandatperioden 2016/2017 presenterades "
         "rapporterna. Budgeten för 2017 antogs.\n"), "2017-03-15"),
        (("Förbundsstyrelsen kallas till sammanträde\n\nTid: Torsdagen den 3 april kl 13.00\nPlats: Regionens hus\n\n"
         "1. Årsredovisning 2013\n2. Medlemsavgift 2015\n3. Budget 2014\n"), "2014-04-03"),
        (("Minnesanteckningar\n\nfrån styrelsesammanträdet tisdagen den 3 mars\n\nNärvarande: Anna Ek, Per Bo\n\n"
         "1. Verksamhetsplanen 2015 diskuterades.\n"), "2015-03-03"),
        (("Protokoll\n\nmåndagen den 9 november kl 18.30\nPlats: Bygdegården\n\n1. Mötets öppnande\n"
         "2. Budget 2016 föreslogs. Årsmötet 2015 hölls i mars.\n"), "2015-11-09"),
        # look-alikes: the weekday fits none of the years named; it fits two; a weekday in prose
        ("Protokoll\n\ntorsdag 22 mars 09.30 till 16.30\nPlats: Kansliet\n\n1. Planen för 2008 godkändes.\n", None),
        ("Protokoll\n\ntisdagen den 8 juni kl 18.00\nPlats: Kansliet\n\n1. Jämförelse mellan 2010 och 2021.\n", None),
        (("Anteckningar\n\nVi ses igen på fredag 12 maj för grillning hos Anna, alla är välkomna dit.\n\n"
         "1. Budget 2017 antogs.\n"), None),
    ],
)
def test_weekday_day_in_text_year(text: str, expected: str | None) -> None:
    assert _date(text) == expected
