"""A weekday counted from the meeting ("till nästa fredag", "på lördag") needs the meeting's day: when the
head gives none, the anchor is only a guess (a year's first day) and the weekday is no event. With the
meeting's day found, the same phrase still dates its event.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

BODY = ("Närvarande: Anna Berg, Olle Ek\n\n1. Inköp\n\nVi siktar på att köpa in nya stolar till nästa fredag kl 17.00.\n\n"
        "2. Ekonomi\n\nBudgeten för 2024 godkändes.\n")


@pytest.mark.parametrize(
    ("head", "events"),
    [
        ("Protokoll styrelsemöte\n\n", []),  # no meeting day: only the year 2024 to go by
        ("Protokoll styrelsemöte 2024-10-10\n\n", ["2024-10-11"]),  # a Thursday: the coming Friday, as read
    ],
)
def test_weekday_needs_the_meeting_day(head: str, events: list[str]) -> None:
    got = extract_text(minutes_from_text(head + BODY))
    assert [e.date for e in got.events] == events
