"""Meeting-header layouts of the ninth fresh batch of real minutes (tests/data/extra 420-428), read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: a letter date or a
"DATUM" field at the top of minutes that say the meeting was held some days before ("möte den 19 december
2007", a line "Fredagen den 17 februari 2017."); with look-alikes that must not be read so.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import DateKind, find_dates
from planner.extract.events import extract_events
from planner.extract.header import extract_meeting
from planner.extract.items import _RUNNING_HEAD_ITEM, find_headings
from planner.extract.text import minutes_from_text


# The document's own date above a meeting day stated in the text: the stated day is the meeting's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Folkhälsocentrum 2008-01-02 Anna Berg Minnesanteckningar från Beredningens möte den 19 december 2007\n"
         "1. Mötets öppnande\n"), "2007-12-19"),
        (("TJÄNSTESTÄLLE\nOmråde välfärd\nDATUM\n2017-02-28\nMinnesanteckningar\nMöte med Utvecklingsgruppen\n"
         "Fredagen den 17 februari 2017.\n1. Föregående minnesanteckningar\n"), "2017-02-17"),
        ("Datum 2019-04-10\nProtokoll från styrelsens sammanträde den 2 april 2019\n1. Öppnande\n", "2019-04-02"),
        # look-alikes: the first date is itself stated as the meeting's
        (("PROTOKOLL från sammanträdet onsdagen den 16 juni 2004\n"
         "4. Toppmöte efter ministerrådets möte den 14 juni 2004\n"), "2004-06-16"),
        # another body's meeting in an item line
        ("Protokoll 2004-06-16\n4. Rapport från ministerrådets möte den 14 juni 2004\n", "2004-06-16"),
        # a stated day months before the document date: no meeting the minutes were written after
        ("DATUM\n2019-09-10\nFolkhälsorådet\nFredagen den 5 april 2019.\n1. Öppnande\n", "2019-09-10"),
        # a stated day after the document date: a coming meeting
        ("DATUM\n2019-04-02\nFolkhälsorådet\nInför rådets möte den 20 april 2019\n1. Öppnande\n", "2019-04-02"),
        # a weekday date that goes on with more words is no meeting-day line
        ("Datum 2017-02-28\nFredagen den 17 februari 2017 var det städdag\n1. Öppnande\n", "2017-02-28"),
    ],
)
def test_stated_meeting_day_over_document_date(text: str, expected: str) -> None:
    assert extract_meeting(minutes_from_text(text))[0].date == expected


def test_document_date_is_no_event() -> None:
    doc = minutes_from_text("Folkhälsocentrum 2008-01-02 Anna Berg Minnesanteckningar från Beredningens möte den "
                            "19 december 2007\n1. Mötets öppnande\nNästa möte den 20 februari 2008.\n")
    meeting = extract_meeting(doc)[0]
    events, _, _ = extract_events(doc, meeting, [], [])
    assert [e.date for e in events] == ["2008-02-20"]


# The time after a venue value's leading date, whole ("klockan") and with its dash dropped, is no place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Nr 4 Ungdomsrådet 2017-09-11\nTid och plats Måndagen den 11 september 2017, klockan 10.30 12.00 "
         "Bolstadsrummet\n1. Öppnande\n"), "Bolstadsrummet"),
        (("Ungdomsrådet\nTid och plats Måndagen den 11 september 2017, kl 10.30-12.00 Bolstadsrummet\n"
         "1. Öppnande\n"), "Bolstadsrummet"),
        ("Ungdomsrådet\nTid och plats Måndagen den 11 september 2017, klockan 10.30, Stora salen\n1. Öppnande\n",
         "Stora salen"),
    ],
)
def test_time_after_leading_date_is_no_venue(text: str, expected: str) -> None:
    assert extract_meeting(minutes_from_text(text))[0].venue == expected


# Two days in a row joined by "och" after a verb that says the event lasts: one event over both days.
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Festivalen äger rum den 22 och 23 september.", [("2017-09-22", "2017-09-23")]),
        ("Mässan pågår 22 och 23 september.", [("2017-09-22", "2017-09-23")]),
        # look-alikes: no such verb, days not in a row, or "eller"
        ("Styrelsen träffas den 22 och 23 september.", [("2017-09-22", None), ("2017-09-23", None)]),
        ("Festivalen äger rum den 22 och 25 september.", [("2017-09-22", None), ("2017-09-25", None)]),
        ("Festivalen äger rum den 22 eller 23 september.", [("2017-09-22", None), ("2017-09-23", None)]),
    ],
)
def test_two_days_of_one_event(phrase: str, expected: list[tuple[str, str | None]]) -> None:
    found = [d for d in find_dates(phrase, after=date(2017, 9, 11)) if d.kind is DateKind.DAY]
    assert [(str(d.value), d.end_value.isoformat() if d.end_value else None) for d in found] == expected


# A title naming whose meeting it records wins over a letterhead that is no body.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Folkhälsovetenskapligt centrum 2008-01-02 Anna Berg Minnesanteckningar från Hälsosamverkansberedningens "
         "möte den 19 december 2007\nNärvarande Anna Ek\n1. Öppnande\n"), "Hälsosamverkansberedningen"),
        (("Folkhälsovetenskapligt centrum 2008-01-02\nProtokoll från Kulturnämndens sammanträde den 19 december 2007\n"
         "Närvarande Anna Ek\n1. Öppnande\n"), "Kulturnämnden"),
        # look-alikes: the genitive is no body's name, or the letterhead is a body already
        (("Folkhälsovetenskapligt centrum 2008-01-02 Anna Berg Minnesanteckningar från Annas möte den 19 december "
         "2007\nNärvarande Anna Ek\n1. Öppnande\n"), "Folkhälsovetenskapligt centrum"),
        (("Folkhälsorådet 2008-01-02 Anna Berg Minnesanteckningar från Beredningens möte den 19 december 2007\n"
         "Närvarande Anna Ek\n1. Öppnande\n"), "Folkhälsorådet"),
    ],
)
def test_title_names_the_body_over_a_letterhead(text: str, expected: str) -> None:
    assert extract_meeting(minutes_from_text(text))[0].body == expected


# A reference code before the body's name, and "PROTOKOLL från sammanträdet" after it, are no part of the body.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("PE-5/CPG/PV/2004-16 TALMANSKONFERENSEN PROTOKOLL från sammanträdet onsdagen den 16 juni 2004 kl. "
         "17.15-18.45\n1. Öppnande\n"), "Talmanskonferensen"),
        ("KS/2019/123 Kommunstyrelsen Protokoll från sammanträdet 2019-03-04\n1. Öppnande\n", "Kommunstyrelsen"),
        ("Byggnadsnämnden protokoll från mötet 2019-03-04\n1. Öppnande\n", "Byggnadsnämnden"),
        # look-alikes: a named meeting after the document word stays the title's
        ("Protokoll från styrelsens möte 2019-03-04\n1. Öppnande\n", "Styrelsen"),
    ],
)
def test_code_and_unnamed_meeting_around_the_body(text: str, expected: str) -> None:
    assert extract_meeting(minutes_from_text(text))[0].body == expected


# A page's running head before each item marked by the body's short code: the items are read.
RUNNING_HEAD = ("Folkhälsorådet 2009-09-24 1(5)\nPlats och tid Kansliet 15.00-17.00\n"
                "Folkhälsorådet 2009-09-24 2 Fhr 39 Val av justerare Till justerare utses Anna Ek.\n"
                "Folkhälsorådet 2009-09-24 3 Fhr 40 Föreslagen dagordning Mötet godkänner dagordningen.\n"
                "Folkhälsorådet 2009-09-24 4 Fhr 41 Välfärdsbokslut 2008. Per Ek rapporterar om bokslutet.\n")


def test_running_head_items() -> None:
    headings, _ = find_headings(minutes_from_text(RUNNING_HEAD))
    assert [(h.number, h.title) for h in headings][-3:] == [
        ("39", "Val av justerare"), ("40", "Föreslagen dagordning"), ("41", "Välfärdsbokslut 2008")]


@pytest.mark.parametrize(
    "line",
    [
        "Styrelsen 2019-03-04 2 deltagare kom 5 minuter sent",  # no code and number after the page number
        "Mötet 2019-03-04 kl 18 Nr 5 Anna",  # no page number after the date
        "Styrelsen 2019-03-04 2 Stockholm 5 personer",  # a word, not a short code, after the page number
    ],
)
def test_running_head_look_alikes(line: str) -> None:
    assert _RUNNING_HEAD_ITEM.match(line) is None
