"""A yearless date with a weekday that does not fit it: the weekday may pull a date resolved into the
recent past to the next year, or a forward date back to the recent past, but it never pushes a date
already on or after the meeting a whole year further (SCHEMA: a yearless date is the first such date
after the meeting). "Utflykt lördag 26 mars" in minutes of 18 March 2010 is 2010-03-26, a Friday: the
writer's slip, not an outing a year and a week later.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import resolve_date


@pytest.mark.parametrize(("phrase", "after", "expected"), [
    # the first such date after the meeting stays, whatever the weekday says
    ("utflykt till stugan lördag 26 mars klockan 13.00", date(2010, 3, 18), date(2010, 3, 26)),
    ("arbetsdag söndag 2 maj", date(2021, 3, 10), date(2021, 5, 2)),  # 2021-05-02 is a Sunday: fits anyway
    ("nästa möte tisdag 4 maj", date(2021, 3, 10), date(2021, 5, 4)),  # a Tuesday: fits
    ("städdag måndag 15 april", date(2023, 3, 1), date(2023, 4, 15)),  # a Saturday in 2023; 2024's is a Monday
    # look-alikes that the weekday still moves: a date resolved into the recent past goes forward ...
    ("måndag 30 januari", date(2022, 2, 5), date(2023, 1, 30)),  # 2022-01-30 a Sunday, six days back
    # ... and a forward date goes back to the recent past when the weekday fits there
    ("onsdag 10 december", date(2015, 1, 14), date(2014, 12, 10)),
])
def test_weekday_never_pushes_a_coming_date_a_year_on(phrase: str, after: date, expected: date) -> None:
    assert resolve_date(phrase, after=after) == expected
