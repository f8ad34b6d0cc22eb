"""Six digits read as YYMMDD after a deadline's word ("betalas senast 040203", "Svar senast 031215",
"deadline: 040110"), as they were after a weekday or a date label: the word says a date follows. Six
digits that make no date, lie far from the meeting year, or stand after no such word stay unread."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates

AFTER = date(2003, 10, 1)


@pytest.mark.parametrize(("text", "iso"), [
    ("Kassören lämnar inbetalningskort för fällavgifter som skall \nbetalas senast 040203", "2004-02-03"),
    ("Svar senast 031215.", "2003-12-15"),
    ("deadline: 040110", "2004-01-10"),
    ("Anmälan t.o.m. 031120 till kassören", "2003-11-20"),
])
def test_compact_date_after_a_deadline_word(text: str, iso: str) -> None:
    assert [f.iso for f in find_dates(text, after=AFTER)] == [iso]


@pytest.mark.parametrize("text", [
    "Betalas senast 150000 kr",  # no month 00
    "Svar senast 123456",  # no month 34
    "betalas senast 970203",  # years from the meeting
    "Beloppet 040203 betalas senast",  # no word before the digits
])
def test_six_digits_that_are_no_deadline_date(text: str) -> None:
    assert find_dates(text, after=AFTER) == []
