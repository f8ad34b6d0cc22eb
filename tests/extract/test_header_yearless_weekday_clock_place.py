"""Minutes that write their day without a year anywhere ("Onsdagen den 18 juni kl (09.00) i Skövde Närvarande:
..."): the date stays unknown, but the clock after the weekday's day is the start, and a place after it, up to
the attendance label the flattened head runs on into, is the venue. A checking line's clock ("Tid för
justering: Tisdag 15 juni kl. 17.00") is no start.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

BELOW = " Birgitta Johansson, VGR Mimmi von Troil, VGR Leif Johansson, Skaraborg Ärenden: 2. Rapport\n"


@pytest.mark.parametrize(("head", "start", "venue"), [
    ("Minnesanteckningar Samrådsmöte Onsdagen den 18 juni kl (09.00) i Skövde Närvarande:", "09:00", "Skövde"),
    ("Minnesanteckningar Samrådsmöte Onsdagen den 18 juni kl 09.00 i Skövde Närvarande:", "09:00", "Skövde"),
    ("Protokoll Styrgruppen Tisdagen den 3 mars kl. 13.30 på Regionens hus Deltagare:", "13:30", "Regionens hus"),
    ("Anteckningar Samverkansmöte Torsdag den 5 maj klockan 10.00 i Stadshuset, Borås Närvarande:", "10:00", "Stadshuset, Borås"),
    ("Minnesanteckningar Nätverksträff Måndagen den 7 oktober kl. 18.00 i Folkets hus Närvarande ledamöter:",
     "18:00", "Folkets hus"),
])
def test_clock_and_place_after_a_yearless_day(head: str, start: str, venue: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(head + BELOW))[0]
    assert meeting.date is None
    assert meeting.start == start
    if venue is not None:
        assert meeting.venue == venue


@pytest.mark.parametrize("head", [
    "Minnesanteckningar Samrådsmöte Tid för justering: Tisdag 15 juni kl. 17.00 Närvarande:",  # the checking's hour
    "Minnesanteckningar Samrådsmöte Närvarande:",  # no day, no clock
    "Minnesanteckningar Samrådsmöte den 18 juni kl Närvarande:",  # the clock lost
])
def test_no_start_from_look_alikes(head: str) -> None:
    assert extract_meeting(minutes_from_text(head + BELOW))[0].start is None
