"""A stored transcript that lost the hours of "Plats och tid Rådhuset, kl 13:00" leaves the clock word and the
colon or minutes after the place ("Visborgsallén 19, Rådhuset, kl :00", "Stadshuset, kl ;"): the place
without them. A place that holds "kl" otherwise, or a clock with its hours, is left to the other rules."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, extract_meeting, tidied_venue
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "venue"),
    [
        ("Visborgsallén 19, Rådhuset, kl :00", "Visborgsallén 19, Rådhuset"),
        ("Stadshuset, kl ;", "Stadshuset"),
        ("Rådhuset kl.:", "Rådhuset"),
        ("Kommunhuset, Sessionssalen, klockan :30", "Kommunhuset, Sessionssalen"),
        # look-alikes: no clock word; the clock word inside a name; the hours kept
        ("Visborgsallén 19, Rådhuset", "Visborgsallén 19, Rådhuset"),
        ("Hotell Klövern, rum 5", "Hotell Klövern, rum 5"),
        ("Skolan, sal 12:3", "Skolan, sal 12:3"),
    ],
)
def test_place_without_the_lost_clock(value: str, venue: str) -> None:
    got = tidied_venue(Found(value, 0, len(value)))
    assert got is not None and got.value == venue


def test_lost_clock_in_a_flattened_front_page() -> None:
    text = (
        "Regionfullmäktige. PROTOKOLL 22 februari 2016\n\nTranskript\n\n"
        "1 Regionfullmäktige PROTOKOLL 22 februari 2016\n\n"
        "3 PROTOKOLL Sammanträdesdag Plats och tid Visborgsallén 19, Rådhuset, kl :00 Beslutande "
        "Övriga närvarande Se följande sidor Peter Lindvall, regiondirektör Lars Frank, kanslisekreterare\n\n"
        "§ 1 Val av justerare\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].venue == "Visborgsallén 19, Rådhuset"
