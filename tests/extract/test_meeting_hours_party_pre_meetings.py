"""The party groups' pre-meetings before a sitting ("Lokaler för förmöten kl 08.00-09.00 (S), (V) och (MP),
Dagö", "Gruppmöten kl 13.00-14.00") have hours of their own, not the meeting's: like a break's, they are passed
over. Look-alikes: the meeting's hours said before or after them are still read."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_HEAD = "Kallelse till socialnämndens sammanträde: Datum: Tisdagen den 10 februari 2015 Plats: Rådhuset "
_TAIL = "\nDagordning\n1. Socialdirektören informerar\nInformationspunkt utan bilaga.\n"


@pytest.mark.parametrize(("said", "hours"), [
    ("Lokaler för förmöten kl 08.00-09.00 (S),(V) och (MP), Dagö (M), (C) och (FP), Ösel", (None, None)),
    ("Gruppmöten kl 13.00-14.00 i respektive grupprum", (None, None)),
    ("Förmöte för presidiet kl. 8.30-9.00", (None, None)),
    ("Tid: kl. 09.00-12.00 Gruppmöten kl 08.00-08.45", ("09:00", "12:00")),
    # look-alikes: the meeting's own hours
    ("Tid: kl 13.00-16.00", ("13:00", "16:00")),
    ("Sammanträdet börjar kl 09.00-12.00 med information", ("09:00", "12:00")),
])
def test_pre_meeting_hours_are_not_the_meetings(said: str, hours: tuple[str | None, str | None]) -> None:
    meeting = extract_meeting(minutes_from_text(_HEAD + said + _TAIL))[0]
    assert (meeting.start, meeting.end) == hours
