"""Minutes kept as Typst source date themselves by a value in their code ("#let today =
datetime(year: 2025, month: 11, day: 28)", shown by "#today.display()"): the value is a full date, and
with no other date in the text it dates the meeting that yearless days later in the minutes resolve
from ("9 December på campus" is the coming December's). Look-alikes (another function's name, a month
or day that does not exist) are no date."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text
from planner.extract.dates import find_dates
from planner.extract.text import minutes_from_text

AFTER = date(2020, 1, 1)


@pytest.mark.parametrize(("text", "iso"), [
    ("#let today = datetime(year: 2025, month: 11, day: 28)", "2025-11-28"),
    ("  date: datetime(year: 2024, month: 10, day: 10),", "2024-10-10"),
    ("datetime(year:2026, month:4, day:28)", "2026-04-28"),
])
def test_typst_datetime_is_a_date(text: str, iso: str) -> None:
    assert [(f.iso, f.explicit_year) for f in find_dates(text, after=AFTER)] == [(iso, True)]


@pytest.mark.parametrize("text", [
    "x = mydatetime(year: 2025, month: 11, day: 28)",
    "datetime(year: 2025, month: 13, day: 28)",
    "datetime(year: 2025, month: 2, day: 30)",
])
def test_typst_look_alikes_are_no_date(text: str) -> None:
    assert find_dates(text, after=AFTER) == []


def test_typst_date_resolves_later_yearless_days() -> None:
    text = ("#let today = datetime(year: 2025, month: 11, day: 28)\n#set heading(numbering: \"1.\")\n\n"
            "*PR\\#0*\n\n*#today.display()*\n\n= Formalia\n\n== Öppnande\nMötet öppnades 18:12.\n\n"
            "== Hackerkvällar\nKommer ha hackerkvällar.\n\n9 December på campus. Vi håller den själva.\n")
    dates = [e.date for e in extract_text(minutes_from_text(text)).events]
    assert dates == ["2025-12-09"]
