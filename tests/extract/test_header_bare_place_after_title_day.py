"""The meeting's place written bare after the title's date to the line's end, on a title with the meeting's
word, its last word a place noun ("Sammanfattning möte 991025 S:t Mikaelsskolan"), also where the date was
read from another title line giving the same day ("Protokoll från möte den 991025" above it); with look-alikes
(a person, a body, no meeting word, a place without a place noun)."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

BODY = "\n\nMötet öppnades med att vi hälsade välkomna.\n\n1. Val av justerare\n"


def venue_of(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].venue


@pytest.mark.parametrize(("head", "venue"), [
    ("Protokoll från möte den 991025\n\nSammanfattning möte 991025 S:t Mikaelsskolan", "S:t Mikaelsskolan"),
    ("Sammanfattning möte 2019-03-04 Ekbackens bygdegård", "Ekbackens bygdegård"),
    ("Styrelsemöte 2019-03-04 Folkets hus.", "Folkets hus"),
])
def test_bare_place_after_title_day(head: str, venue: str) -> None:
    assert venue_of(head + BODY) == venue


@pytest.mark.parametrize("head", [
    "Sammanfattning möte 2019-03-04 Anna Ek",  # a person
    "Styrelsemöte 2019-03-04 Kommunstyrelsen",  # a body
    "Sammanfattning 2019-03-04 Ekbackens bygdegård",  # no meeting word on the line
    "Sammanfattning möte 2019-03-04 Ekbacken",  # no place noun
    "Protokoll från möte den 991025\n\nSammanfattning möte 991026 S:t Mikaelsskolan",  # another day
])
def test_no_bare_place_after_title_day(head: str) -> None:
    assert venue_of(head + BODY) is None
