"""A day given in the head's time label ("Tid: 2005-05-19, kl 9.30-13.00") is the meeting's, even when an earlier
day below is stated as a meeting's ("Protokoll från nämndens sammanträde 2005-03-31 godkänns": the last
meeting's minutes approved). Before, `_stated_meeting_day` took the earlier day, reading the first as the
document's own date, and lost the hours with it.

Look-alike: a document's date field ("Datum: 2017-02-28") over "möte den 19 februari 2017" still gives the
day stated as the meeting's.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("head", "day", "start"),
    [
        # real phrases
        (("Protokoll fört vid sammanträde med Fakultetsnämnd\n\nTid: 2005-05-19, kl 9.30-13.00\n\n"
          "Plats: Sammanträdesrum Ankaret, Campus Gräsvik\n\nNärvarande:\n\nIngvar Claesson, ledamot\n\n"
          "Föregående mötes protokoll § 42\n\nProtokoll från nämndens sammanträde 2005-03-31 godkänns.\n"),
         "2005-05-19", "09:30"),
        (("Protokoll\n\nTid: Onsdag 2019-03-20 kl 18.00\n\nNärvarande: Anna Ek, Bo Berg\n\n"
          "Protokoll från styrelsens möte den 2019-02-13 lades till handlingarna.\n"), "2019-03-20", "18:00"),
        # look-alike: a document's date field, the meeting's day stated below
        (("Protokoll\n\nDatum: 2017-02-28\n\nMinnesanteckningar från möte den 19 februari 2017\n\n"
          "Närvarande: Anna Ek, Bo Berg\n"), "2017-02-19", None),
    ],
)
def test_time_label_day_is_meeting_day(head: str, day: str, start: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + "\n1. Mötets öppnande\n"))
    assert (meeting.date, meeting.start) == (day, start)
