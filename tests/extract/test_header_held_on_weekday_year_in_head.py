"""A head sentence dates the meeting by the verb of its holding, a weekday, day and month, no year; the
year is the one written elsewhere in the head in which that day is that weekday.

"Rapport från styrelsemöte 1/2023 som genomfördes onsdagen den 25 januari kl 0900-1530 på
Förbundskansliet, Heliosgatan 3.": 25 January 2023 is a Wednesday; before, no meeting date was found.

Look-alikes: the weekday does not fit the year, no year in the head, no holding verb before the day.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_REST = ("\n\nNärvaro\n\nFöljande deltog på mötet; Johan Storåkers (ordförande), Caroline Gedin.\n\n"
         " • 2a Budgetförslag\n\nJan Larsson föredrar punkten enligt skriftligt underlag.\n")


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (("Rapport från styrelsemöte 1/2023 som genomfördes onsdagen den 25 januari kl 0900-1530 på "
         "Förbundskansliet, Heliosgatan 3."), "2023-01-25"),
        ("Kort rapport från möte nr 4/2019 som hölls tisdagen den 12 mars i klubbstugan.", "2019-03-12"),
        # look-alikes
        ("Rapport från styrelsemöte 1/2023 som genomfördes torsdagen den 25 januari.", None),  # a Wednesday
        ("Rapport från styrelsemöte som genomfördes onsdagen den 25 januari.", None),  # no year
        ("Rapport från styrelsemöte 1/2023. Nästa möte onsdagen den 25 januari.", None),  # not held then
    ],
)
def test_held_weekday_day_takes_head_year(head: str, day: str | None) -> None:
    meeting = extract_text(minutes_from_text(head + _REST)).meeting
    assert meeting.date == day
