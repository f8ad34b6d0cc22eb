"""A meeting held over two days names its second day joined to the first ("Östersund den 28 april och 29 april",
"lördagen den 23 januari 2010 kl samt söndagen den 24 januari 2010", "den 4 och 5 juni 2007"): the later day is the
same meeting's, neither its next meeting nor an event of its own, and a yearless "den 28 april ..." after the place
is no part of the venue. Look-alikes: a day joined to another day than the meeting's ("den 2 och 3 maj" later in the
minutes), a later day after a count joined by "och" ("28 deltagare och 29 april"), and a next meeting told on its
own.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_ITEMS = "\n\n1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n2 Övriga frågor\n"

CASES = [
    # (text, venue, next meeting, event dates)
    ("Download \"Protokoll 1(28) 2014-04-28--29. Styrelserummet, Landstingshuset, Östersund\"\n\nProtokoll 1(28) Tid "
     "och plats för Sammanträdet Beslutande Styrelserummet, Landstingshuset, Östersund den 28 april och 29 april Harriet "
     "Jorderud (S) Robert Uitto (S) Lena Bäckelin (S) Thomas Hägg (S)" + _ITEMS,
     "Styrelserummet, Landstingshuset, Östersund", None, []),
    ("STYRELSEPROTOKOLL NR 7/09\n\nProtokoll fört vid styrelsemöte lördagen den 23 januari 2010 kl samt söndagen den 24 "
     "januari 2010 kl på kansliet i Borås" + _ITEMS, None, None, []),
    ("Protokoll\n\nStyrelsemöte den 4 och 5 juni 2007\n\nPlats: Hotell Tylösand, Halmstad" + _ITEMS,
     "Hotell Tylösand, Halmstad", None, []),
    ("Protokoll 2014-04-28\n\nPlats: Kommunhuset, Ånge den 28 april\n\nNärvarande: Anna Holm, Bo Berg" + _ITEMS,
     "Kommunhuset, Ånge", None, []),
    # look-alikes
    ("Protokoll 2014-04-28\n\nPlats: Kommunhuset" + _ITEMS + "Utbildningen hålls den 2 och 3 maj i Sundsvall.\n",
     "Kommunhuset", None, ["2014-05-02", "2014-05-03"]),
    ("Protokoll 2014-04-28\n\nPlats: Kommunhuset" + _ITEMS + "Nästa möte hålls den 29 april 2014 kl. 9.00.\n",
     "Kommunhuset", "2014-04-29", ["2014-04-29"]),
    ("Protokoll 2014-04-28\n\nPlats: Kommunhuset" + _ITEMS
     + "Vi var 28 deltagare och den 29 april blir nästa möte.\n", "Kommunhuset", "2014-04-29", ["2014-04-29"]),
]


@pytest.mark.parametrize(("text", "venue", "next_meeting", "dates"), CASES)
def test_two_day_meeting_joined_day(text: str, venue: str | None, next_meeting: str | None, dates: list[str]) -> None:
    got = extract_text(minutes_from_text(text))
    assert got.meeting.venue == venue
    assert got.next_meeting == next_meeting
    assert [e.date for e in got.events] == dates
