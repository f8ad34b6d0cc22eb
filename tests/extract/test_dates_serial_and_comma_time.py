"""Two date and time readings found on minutes from a sweep of unseen stored copies.

- After "kl" a comma may part the hours from the minutes ("Nästa möte 17/10-2012, kl. 18,30"),
  never elsewhere (a share "18,30 procent", a list of hours "kl. 10, 11 och 12").
- "Protokoll nr 4, 15 maj 2017": the number of the minutes before their date is no day of a pair
  "4, 15 maj"; a plain list of two days still gives both.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from planner.extract.dates import find_dates, find_times


@pytest.mark.parametrize(("text", "expected"), [
    ("Nästa möte 17/10-2012, kl. 18,30.", [(time(18, 30), None)]),
    ("Tid: kl 9,30-11,45", [(time(9, 30), time(11, 45))]),
    ("Mötet hålls klockan 13,15 i Stora salen", [(time(13, 15), None)]),
    ("kl. 18.30", [(time(18, 30), None)]),
    # look-alikes: a comma then a space, one digit, or no "kl"
    ("Bussen går kl. 10, 11 och 12", [(time(10, 0), None)]),
    ("kl 13,5 miljoner", [(time(13, 0), None)]),
    ("Kostnaden ökade med 18,30 procent", []),
    ("Totalt 12,45 kr per deltagare", []),
])
def test_comma_between_hours_and_minutes_after_kl(text: str, expected: list[tuple[time, time | None]]) -> None:
    assert [(m.begin, m.finish) for m in find_times(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Styrelseprotokoll4, 15 maj 2017", [date(2017, 5, 15)]),
    ("Protokoll nr 4, 15 maj 2017", [date(2017, 5, 15)]),
    ("Protokoll nr. 4, 15 maj 2017", [date(2017, 5, 15)]),
    ("Möte 4, 15 maj 2017 i Umeå", [date(2017, 5, 15)]),
    ("§ 4, 15 maj 2017", [date(2017, 5, 15)]),
    # look-alikes: a list of two days, after other words or with "och"
    ("Mötena 4, 15 maj 2017", [date(2017, 5, 4), date(2017, 5, 15)]),
    ("Träffar den 4, 15 maj", [date(2017, 5, 4), date(2017, 5, 15)]),
    ("Protokoll 4 och 15 maj 2017", [date(2017, 5, 4), date(2017, 5, 15)]),
])
def test_number_of_the_minutes_before_their_date(text: str, expected: list[date]) -> None:
    assert [d.value for d in find_dates(text, after=date(2017, 1, 1))] == expected
