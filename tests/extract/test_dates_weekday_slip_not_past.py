"""A yearless date with a weekday that does not fit the coming year: "Inbjudan till Nybro GK onsdagen den 10 aug."
in minutes of 4 May 2017 (10 August 2017 is a Thursday).

`_fit_weekday` moves a yearless date to the neighbouring year whose weekday fits. Pulled back a year, the date
must lie closer before the meeting than the resolved one lies after it; otherwise the weekday is the writer's
slip and the coming date stays. Before, the date became 2016-08-10, nine months past, and the event was lost.

Look-alikes: a recent past day with its weekday ("måndag 30 januari" in minutes of 5 February 2023) still goes
back to that day, and a date of the coming weeks with its weekday stays as resolved.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates


@pytest.mark.parametrize(
    ("text", "after", "found"),
    [
        ("Inbjudan till Nybro GK onsdagen den 10 aug.", date(2017, 5, 4), "2017-08-10"),
        ("Sommarfest på Ronneby Brunn onsd. den 16 aug.", date(2017, 5, 4), "2017-08-16"),
        # look-alikes
        ("Vid mötet måndag 30 januari", date(2023, 2, 5), "2023-01-30"),
        ("Nästa möte måndag 30 januari", date(2022, 12, 5), "2023-01-30"),
        ("utflykt lördag 26 mars", date(2010, 3, 18), "2010-03-26"),
    ],
)
def test_weekday_slip(text: str, after: date, found: str) -> None:
    assert [m.value.isoformat() for m in find_dates(text, after=after)] == [found]
