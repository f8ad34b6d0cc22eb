"""A head line that is only a place and the meeting's hours, no label ("Söderåsens Miljöförbund, Storgatan 50 C,
Klippan kl 08.30 - 11.45", under the title of a stored page): the place is the venue. Look-alikes: a meeting word,
a person, a body, a date or a label before the hours; a programme's line that is not the meeting's start."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, venue_before_hours
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Söderåsens Miljöförbund, Storgatan 50 C, Klippan kl 08.30 - 11.45", "Söderåsens Miljöförbund, Storgatan 50 C, Klippan"),
        ("Stadshuset, Kungsbacka klockan 13.00-16.00", "Stadshuset, Kungsbacka"),
        ("Folkets hus kl 18.00-20.00", "Folkets hus"),
        ("Kommunhuset, sal Bergslagen, kl. 9.00 – 12.00", "Kommunhuset, sal Bergslagen"),
        # look-alikes
        ("Årsmöte kl 18.00-20.00", None),
        ("Anna Berg kl 18.00-20.00", None),
        ("Anna Berg, ordförande kl 18.00-19.00", None),
        ("Styrelsen, Sammanträdesrummet kl 13.00-15.00", None),
        ("Tisdag 3 mars, kl 18.00-20.00", None),
        ("Mötet hölls i Folkets hus kl 18.00-20.00", None),
        ("Närvarande: Anna, Per kl 18.00-19.00", None),
        ("Söderåsens Miljöförbund, Storgatan 50 C, Klippan kl 08.30", None),  # a start only: another layout
    ],
)
def test_place_then_hours_line(line: str, venue: str | None) -> None:
    found = venue_before_hours(line)
    assert (found.value if found else None) == venue


def test_venue_of_the_meetings_hours_line() -> None:
    text = ("Direktionens protokoll 6 februari 2024\n\nProtokoll från direktionens sammanträde den 6 februari 2024.\n\n"
            "Söderåsens Miljöförbund, Storgatan 50 C, Klippan kl 08.30 - 11.45\n\nBeslutande:\n\nAnna Ek (M)\n")
    m = extract_meeting(minutes_from_text(text))[0]
    assert (m.venue, m.start, m.end) == ("Söderåsens Miljöförbund, Storgatan 50 C, Klippan", "08:30", "11:45")


def test_programme_line_below_the_head_is_no_venue() -> None:
    text = ("Styrelsemöte 2024-02-06 kl 09.00-15.00\n\nNärvarande: Anna Ek, Per Lind\n\n"
            "Program\n\nLunch, kaffe kl 12.00-13.00\n\n1. Mötets öppnande\n")
    assert extract_meeting(minutes_from_text(text))[0].venue is None
