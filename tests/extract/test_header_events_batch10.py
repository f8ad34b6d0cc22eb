"""Meeting-header layouts of the tenth fresh batch of real minutes (tests/data/extra 429-440), read by general rules.

Mostly regional and county bodies stored as run-on page transcripts: the labels come first and the values follow
("Organ Plats och tid ... Regionförbundets styrelse ... Torsdagen den 4 mars 2010, kl"). Each case is a short
passage written the way such minutes put it, not a copied document, with look-alikes that must not be read so.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


# A weekday date given by a time label ("Tid", "Tid och plats", "Plats och tid") is the meeting's day when
# the weekday agrees with the date: it beats a title naming another meeting, a protocol number that reads
# as a day and month, a posting block's "Sammanträdesdatum", and a dated notice in the first item.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the minutes are pages of a later meeting's agenda, whose title comes first
        ("Dagordning Regionstyrelsens sammanträde den 13 juni 2018 i Karlshamn 38 (64)\n\n"
         "Tid och plats Onsdagen den 30 maj 2018 kl Region Blekinge, Karlskrona\n"
         "Närvarande Ordförande Per Olsson (S)\n", "2018-05-30"),
        # a run-on "Organ Plats och tid" head and a posting block that dates the meeting otherwise
        ("Protokoll Styrelsen\n\n"
         "Organ Plats och tid Förbundets styrelse Förbundet i Länet Torsdagen den 4 mars 2010, kl ande Eva Ek ordförande\n"
         "Utses att justera Bo Ek Anslag/bevis: Protokollet är justerat. Sammanträdesdatum: 3 mars 2010\n",
         "2010-03-04"),
        # no year by the weekday: the head's one year in which 21 April is a Monday
        ("PROTOKOLL 1 (36) Landstingsfullmäktige Tid: Måndagen den 21 april, kl , Plats: Konserthuset\n"
         "37 Öppnande Enligt utfärdad kungörelse från den 10 april 2008, sammanträder fullmäktige denna dag.\n",
         "2008-04-21"),
        # the label inside a run-on line, after a lost "Justerat" value; a protocol number "FU 2/08" above
        ("Ledningsenheten FU 2/08 Avdelningen, Anna Berg Justerat Tid Tisdagen den 26 februari 2008 kl\n\n"
         "Plats\nNärvarande ledamöter\n", "2008-02-26"),
        ("Kommunstyrelsen\nTid: Tisdag 12 mars 2019 kl. 13.00\nPlats: Rådhuset\n", "2019-03-12"),
        # look-alikes: a weekday that does not agree with the date gives no such day; the labelled date wins
        ("Kommunstyrelsen\nDatum: 2019-03-13\nTid: Tisdag 13 mars 2019 kl. 13.00\n", "2019-03-13"),
        # the checking day after "Justeringens tid" is not the meeting's
        ("Socialnämnden 2019-04-23\nJusteringens tid: Onsdagen den 24 april 2019\n", "2019-04-23"),
    ],
)
def test_weekday_date_after_time_label(text: str, expected: str) -> None:
    assert _meeting(text).date == expected
