"""A kallelse's hours whose dash was lost, the end an estimate ("Tid: Kl. 11.00 ca 16.00"), said before the
day's other ranges ("Kaffe från kl 10.30 Gemensam lunch kl 12.00-13.00"): the hours said first are the
meeting's, not the lunch's later range that kept its dash. Look-alikes: a range with its dash read as it is,
and a single clock before a range (no lost dash: the range is the meeting's)."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, find_time_range
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("text", "hours"), [
    ("Tid: Kl. 11.00 ca 16.00 Kaffe från kl 10.30 Gemensam lunch kl 12.00-13.00", ("11:00", "16:00")),
    ("kl 9.00 cirka 12.00, lunch 12.00-13.00", ("09:00", "12:00")),
    ("Kl. 13:00 ca. 16:30 Fika 14.30-14.45", ("13:00", "16:30")),
    ("klockan 18.00 ca 20.00", ("18:00", "20:00")),
    ("kl. 13.00 16.30 Ajournering 14.00-14.20", ("13:00", "16:30")),
    # look-alikes: a range that kept its dash; one clock, then a range
    ("Tid: Kl. 11.00-16.00 Gemensam lunch kl 12.00-13.00", ("11:00", "16:00")),
    ("Kaffe från kl 10.30 Sammanträde kl 13.00-15.00", ("13:00", "15:00")),
])
def test_lost_dash_hours_before_a_later_range(text: str, hours: tuple[str, str]) -> None:
    for everywhere in (False, True):
        found = find_time_range(text, everywhere=everywhere)
        assert found is not None
        assert (found[0].value, found[1].value) == hours


def test_kallelse_hours_not_the_lunch() -> None:
    text = ("Kallelse Föredragningslista Sammanträde med beredningen Tisdag 28 januari 2014. Plats: Sessionssalen, "
            "Residenset, Vänersborg Tid: Kl. 11.00 ca 16.00 Kaffe från kl 10.30 Gemensam lunch kl 12.00-13.00 "
            "Ärenden 1. Upprop 2. Val av justerare\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.start, meeting.end) == ("11:00", "16:00")
