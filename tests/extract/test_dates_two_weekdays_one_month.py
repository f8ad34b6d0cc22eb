"""Two days, each with its weekday, sharing one month and year ("Fredag den 13 och lördag den 14 oktober
2006"): a day and the next, the second weekday the day after the first, are one two-day occasion, the
first day its date and the second its end. Days that do not follow one another, or whose weekdays do not,
stay two dates."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates

AFTER = date(2006, 6, 1)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Datum:     Fredag den 13 och lördag den 14 oktober 2006", "2006-10-13", "2006-10-14"),
    ("Konferensen hålls lördag 14 och söndag 15 oktober 2006 i Umeå", "2006-10-14", "2006-10-15"),
    ("den 13 och lördag den 14 oktober 2006", "2006-10-13", "2006-10-14"),
])
def test_two_days_with_weekdays_are_one_occasion(text: str, first: str, last: str) -> None:
    assert [(f.iso, f.end_iso) for f in find_dates(text, after=AFTER)] == [(first, last)]


@pytest.mark.parametrize(("text", "isos"), [
    ("fredag den 13 och fredag den 20 oktober 2006", ["2006-10-13", "2006-10-20"]),  # a week apart
    ("fredag den 13 och söndag den 14 oktober 2006", ["2006-10-13", "2006-10-14"]),  # weekdays not in a row
    ("Styrelsen möts den 7 och 14 oktober 2006", ["2006-10-07", "2006-10-14"]),  # no weekdays: two meetings
])
def test_days_that_are_no_pair_stay_two_dates(text: str, isos: list[str]) -> None:
    found = [f for f in find_dates(text, after=AFTER) if f.iso and len(f.iso) == 10]
    assert [f.iso for f in found] == isos
    assert all(f.end_iso is None for f in found)
