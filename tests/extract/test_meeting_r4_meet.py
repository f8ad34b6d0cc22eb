"""Meeting header fields, round 4 (branch r4-meet): general rules read from real minutes' heads.

Each table holds real phrasings (made anonymous) and look-alikes that must not be read the same way.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import _find_times, _Folded, document_parts, header_end, holder_of_meeting
from planner.extract.text import minutes_from_text


def _meeting(text: str):  # type: ignore[no-untyped-def]
    return extract_text(minutes_from_text(text)).meeting


# "Sammanträdestid:" labels the meeting's hours as "Tid:" does (municipal and parish minutes, also in Finland):
# "Sammanträdestid: Måndagen den 09.07.2012 kl.19.00-", the start alone when the end was left blank. Under a
# head whose "Datum:" is the notice's day (not the meeting's), only a dated head line's clock near the top gave the start, and a stored copy's page chrome above the head
# put it out of reach: the labelled hours are read as such.
@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Sammanträdestid: Måndagen den 09.07.2012 kl.19.00-", ("19:00", None)),
        ("Sammanträdestid: Torsdagen den 09.07.2012 kl.19.00 – .", ("19:00", None)),
        ("Sammanträdestid: Måndagen den 9 juli 2012 kl. 18.30 –", ("18:30", None)),
        ("Sammanträdestid: Måndagen den 9 juli 2012 kl. 18.30 – 20.15", ("18:30", "20:15")),
        ("Sammanträdestid: 9.7.2012 kl 13:00-15:45", ("13:00", "15:45")),
        # look-alikes: the plural heads a list of the year's meetings, not this meeting's hours
        ("Sammanträdestider hösten: 10.9 och 8.10, alla kl. 19.00", (None, None)),
        ("Sammanträdestiden förlängdes till kl. 21.00", (None, None)),
    ],
)
def test_meeting_time_label(line: str, hours: tuple[str | None, str | None]) -> None:
    doc = minutes_from_text(f"Sammanträdesprotokoll Datum: 02.07.2012\nKyrkorådet 06/12\n{line}\n"
                            "Sammanträdesplats: Församlingshemmet\n\n§ 1. Sammanträdets öppnande.\n")
    parts = document_parts(doc)
    start, stop = _find_times(parts, header_end(parts), _Folded(parts), "2012-07-09")
    assert (start.value if start else None, stop.value if stop else None) == hours


# The hours' end followed by a note that the meeting was adjourned to a later hour: the end written is when it broke
# off, not when it closed, so no end is given (or the resumed session's end when the note names it). A break inside
# the hours ("Ajournering kl 10:45-11:30") keeps the end.
@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Tid: Måndag, 16 april, 2016, 12:09-13:00 (ajournerat till 17:18)", ("12:09", None)),
        ("Tid: 16 april 2016 kl. 18.00-19.00, mötet ajournerades till kl. 20.00", ("18:00", None)),
        ("Tid: 16 april 2016 kl. 12.00-13.00 (ajournerades till 17.30-19.00)", ("12:00", "19:00")),
        # look-alikes: breaks within the hours
        ("Tid: 16 april 2016 kl 09:00-12:30 Ajournering kl 10:45-11:30", ("09:00", "12:30")),
        ("Tid: 16 april 2016 kl. 09:00-11:30 (ajournering 10:05-10:20)", ("09:00", "11:30")),
        ("Tid: 16 april 2016 kl. 13.00 17.15, med ajournering för fika klockan 14.50-15.10", ("13:00", "17:15")),
    ],
)
def test_end_before_adjournment_note(line: str, hours: tuple[str | None, str | None]) -> None:
    m = _meeting(f"Protokoll extrainsatt sektionsmöte\n{line}\nPlats: Kårhuset\n\n1. Mötets öppnande\n"
                 "Ordförande förklarar mötet öppnat.\n")
    assert (m.start, m.end) == hours


# Two meeting days named by weekday in one sentence, the first without its year: the meeting's day is the first,
# in the second's year. Look-alikes: a period ("1 januari - 30 juni"), days without weekdays, a weekday that does
# not fall on that day, days far apart.
@pytest.mark.parametrize(
    ("line", "day"),
    [
        (("Protokoll fört vid styrelsemöte på kansliet lördagen den 13 december kl. 10 samt arbetsmöte söndag "
          "förmiddag den 14 december 2008"), "2008-12-13"),
        ("Styrelsemöte lördag 13 december och söndag 14 december 2008", "2008-12-13"),
        ("Konferens fredagen den 31 december och lördagen den 1 januari 2011", "2010-12-31"),
        # look-alikes
        ("Styrelsemöte den 29 april och den 2 juni 2004", "2004-06-02"),
        ("Styrelsemöte söndag 13 december och söndag 14 december 2008", "2008-12-14"),
        ("Styrelsemöte lördag 6 december samt söndag 14 december 2008", "2008-12-14"),
        ("Styrelsemöte lördag den 13 december 2008 samt söndag den 14 december 2008", "2008-12-13"),
    ],
)
def test_first_of_joined_weekday_days(line: str, day: str) -> None:
    m = _meeting(f"{line}\nNärvarande: Anna Berg, Per Ek\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert m.date == day


# An opening sentence naming the body that held its meeting: the body is the sentence's subject, when it is named as
# a body. Look-alikes: a subject naming no one ("Styrelsen"), an organisation's general meeting (another reader),
# "ett" meeting (not its own), a person's talk.
@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("IX Styrelse hade denna dag sitt första styrelsemöte för 2017.", "IX Styrelse"),
        ("Kulturnämnden höll i dag sitt ordinarie sammanträde i Rådhuset.", "Kulturnämnden"),
        ("Idrottsföreningens styrelse höll sitt konstituerande möte efter årsmötet.", "Idrottsföreningens styrelse"),
        # look-alikes
        ("Styrelsen höll sitt första möte efter årsmötet.", None),
        ("Förbundet hade ett styrelsesammanträde den 21 september.", None),
        ("Hembygdsföreningen höll sitt årsmöte i bygdegården.", None),
        ("Anna Berg höll sitt föredrag om mötet.", None),
    ],
)
def test_holder_of_meeting(line: str, body: str | None) -> None:
    doc = minutes_from_text(f"{line}\n\nVal av mötesordförande\nAnna Berg valdes till mötesordförande\n")
    parts = document_parts(doc)
    found = holder_of_meeting(parts, header_end(parts))
    assert (found.value if found else None) == body


def test_body_from_opening_sentence_under_meeting_title() -> None:
    m = _meeting("+++\ntitle = \"Konstituerande styrelsemöte för 2017\"\ndate = \"2017-03-17T20:00:00+01:00\"\n+++\n"
                 "IX Styrelse hade denna dag sitt första styrelsemöte för 2017.\n\n### Val av mötesordförande\n"
                 "Anna Berg valdes till mötesordförande\n")
    assert m.body == "IX Styrelse"
