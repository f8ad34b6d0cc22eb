"""A bare hour range right after a date may give its end with minutes, as notices and schedules write it:
"13 september 17-18.30", "30/8 9-16.30", "5 maj 18-20:30". The start is the whole hour, the end the hour and
minutes. A range of numbers that are no hours stays none: a decimal count or a percentage after the dash
("4-5.5%"), a range past a numbering word ("punkterna 7-8.30"), an end before its start."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.dates import find_times
from planner.extract.text import minutes_from_text

HEAD = "Protokoll föräldrarådet 2012-08-20\n\nNärvarande: Anna Berg, Olle Ek\n\n3. Kommande träffar\n\n"
TAIL = "\n\n4. Övrigt\n\nInga övriga frågor.\n"


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("Medborgardialog 13 september 17-18.30 i biblioteket.", ("17:00", "18:30")),
        ("Föräldramöte 30/8 18-19.30 i matsalen.", ("18:00", "19:30")),
        ("Studiedag 30/8 9-16.30 på Folkets hus.", ("09:00", "16:30")),
        ("Föräldramöte 30/8 18-20:30 i matsalen.", ("18:00", "20:30")),
        ("Drop in 30/8, 17-18.30, alla välkomna.", ("17:00", "18:30")),
    ],
)
def test_bare_range_with_minutes_end(said: str, hours: tuple[str, str]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + TAIL))
    assert [(e.date, e.start, e.end) for e in got.events] == [("2012-08-30" if "30/8" in said else "2012-09-13",
                                                               *hours)]


@pytest.mark.parametrize(
    "text",
    [
        " 4-5.5% av budgeten",  # a share, not hours
        " punkterna 7-8.30",  # numbered points after a numbering word
        " 18-9.30",  # the end before the start
    ],
)
def test_no_hours(text: str) -> None:
    assert find_times(text, bare=True) == []
