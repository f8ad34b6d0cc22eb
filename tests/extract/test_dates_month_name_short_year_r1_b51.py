"""A day and a month's name with the year cut short after a dash ("styrelsemöte 10 dec. -08", "Protokoll 28 maj
-13", "Protokoll 19 okt-10") is a full date: in the shared reader (`dates.find_dates`) and, where compact dates
are read (a title, the opening lines), as the meeting's day. Not a range's second day ("1 maj -15 juni"), a
measure ("5 maj -10 grader") or a four-digit year after a dash."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import dates
from planner.extract.header import extract_meeting, find_dates
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Protokoll 11-08, fört vid styrelsemöte 10 dec. -08,", ["2008-12-10"]),
        ("Protokoll 28 maj -13", ["2013-05-28"]),
        ("Protokoll 19 okt-10", ["2010-10-19"]),
        ("Styrelsemöte 3 mars -19", ["2019-03-03"]),
        # look-alikes: a temperature, a count, no dash, a four-digit year after a dash
        ("Mätning 5 maj -10 grader", []),
        ("Protokoll 5 maj -10 st", []),
        ("Protokoll 28 maj 13", []),
        ("Protokoll 28 maj -2013", []),
    ],
)
def test_header_reads_month_name_short_year(text: str, found: list[str]) -> None:
    assert [f.value for f in find_dates(text, compact=True)] == found


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("fört vid styrelsemöte 10 dec. -08, i lokalen", date(2008, 12, 10), None),
        ("Protokoll 19 okt-10", date(2010, 10, 19), None),
        ("den 1 maj -15 juni", date(2030, 5, 1), date(2030, 6, 15)),
        ("1 januari-31 december 2018", date(2018, 1, 1), date(2018, 12, 31)),
        ("den 5 maj -10 grader", date(2030, 5, 5), None),
        ("den 3 maj - 20 personer", date(2030, 5, 3), None),
    ],
)
def test_shared_reader_month_name_short_year(text: str, value: date, end: date | None) -> None:
    first = dates.find_dates(text, after=date(2030, 1, 1))[0]
    assert (first.value, first.end_value) == (value, end)


def test_short_year_dates_the_meeting() -> None:
    text = ("SVENSKA PUDELKLUBBEN VÄSTRA AVDELNINGEN\n\nProtokoll 11-08, fört vid styrelsemöte 10 dec. -08,\n"
            "Klubbstugan\n\nNärvarande:\nAnna Ek\nPer Lind\n\n§ 121 Mötets öppnande\nOrdförande öppnade mötet\n")
    assert extract_meeting(minutes_from_text(text))[0].date == "2008-12-10"
