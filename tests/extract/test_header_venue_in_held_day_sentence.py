"""A report that tells of its meeting in prose names the place after the meeting's own day in its opening
sentence ("Det fjärde dialogmötet ägde rum den 27 mars i Bäckskolans matsal."): that place is the venue; another
day's meeting, a platform, a body or a clause that goes on is none (branch r70)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

TAIL = ("\n\nUngefär femtio personer deltog. Efter en inledande återblick satte sig deltagarna i sina "
        "arbetsgrupper.\n\nGrupperna prioriterar vad som är viktigast att arbeta vidare med.\n")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (("Dialogmöte 27 mars 2017\n\nDet fjärde dialogmötet om ”Mitt Berga” ägde rum den 27 mars i Bäckskolans "
         "matsal."), "Bäckskolans matsal"),
        (("Medlemsmöte 2019-10-12\n\nHöstens medlemsmöte hölls lördagen den 12 oktober på Café Linnea, och "
         "trettio medlemmar kom."), "Café Linnea"),
        (("Rapport 22 oktober 2020\n\nEn liten skara hade samlats för styrelsemötet den 22 oktober i Vänsterns hus "
         "där sju ledamöter deltog."), "Vänsterns hus"),
        ("Årsmöte 2018-03-08\n\nÅrsmötet genomfördes den 8 mars 2018 i Ingå Folkhögskola.", "Ingå Folkhögskola"),
        ("Styrelsemöte 14 maj 2016\n\nMötet avhölls den 14 maj i Församlingshemmet.", "Församlingshemmet"),
        # look-alikes: another day's meeting, a platform, a clause going on, no meeting named
        ("Dialogmöte 27 mars 2017\n\nNästa dialogmöte hålls den 6 april i Bäckskolans matsal.", None),
        ("Styrelsemöte 3 maj 2021\n\nStyrelsemötet hölls den 3 maj i Zoom.", None),
        ("Dialogmöte 27 mars 2017\n\nDialogmötet ägde rum den 27 mars i Linköping och som vanligt var det fullt.",
         "Linköping"),
        ("Dialogmöte 27 mars 2017\n\nDen 27 mars i Bäckskolans matsal samlades ett femtiotal personer.", None),
    ],
)
def test_venue_in_held_day_sentence(text: str, venue: str | None) -> None:
    got = extract_text(minutes_from_text(text + TAIL))
    assert got.meeting.venue == venue
