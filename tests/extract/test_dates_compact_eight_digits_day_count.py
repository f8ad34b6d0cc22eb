"""Eight digits read as YYYYMMDD where a schedule gives a day count in parentheses after them
("20170520 (1) - Lokal hoppning häst", "20170729 (2) Regional dressyr": two days, so a range), or
after a weekday or a date label as six digits are read. Eight digits alone, inside longer digit
runs (phone numbers, barcodes, "Dnr"), or far from the meeting year stay unread."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text
from planner.extract.dates import find_dates
from planner.extract.text import minutes_from_text

AFTER = date(2016, 12, 4)


@pytest.mark.parametrize(("text", "iso", "end"), [
    ("Planerade tävlingar inför 2017 (antal dagar inom parantes); 20170520 (1) - Lokal hoppning häst",
     "2017-05-20", None),
    ("20170521 (1) Lokal hoppning ponny", "2017-05-21", None),
    ("20170729 (2) Regional och lokal dressyr storhäst", "2017-07-29", "2017-07-30"),
    ("20170312(3) Läger på Ösmo", "2017-03-12", "2017-03-14"),
    ("Datum: 20170115", "2017-01-15", None),
    ("lördag 20170204 städdag i stallet", "2017-02-04", None),
])
def test_eight_digit_date_with_day_count_or_label(text: str, iso: str, end: str | None) -> None:
    found = find_dates(text, after=AFTER)
    assert [(f.iso, f.end_iso) for f in found] == [(iso, end)]


@pytest.mark.parametrize("text", [
    "11111111111 PROTOKOLL STYRELSEMÖTE",  # a barcode: eleven digits
    "Ordernummer 20170520 avser foder",  # no day count, no label
    "Ring 08-20170520 (1) för anmälan",  # a phone number after an area code
    "Dnr 20170520-3 (1)",  # a case number runs on
    "Bankgiro 20171399 (1)",  # no month 13
    "20250520 (1) Lokal hoppning",  # years from the meeting
    "Kontonummer 2017052012 (1)",  # ten digits
])
def test_eight_digits_that_are_no_date(text: str) -> None:
    assert find_dates(text, after=AFTER) == []


def test_schedule_lines_become_events() -> None:
    text = ("Tävlingskommittén o Planerade tävlingar inför 2017 (antal dagar inom parantes); "
            "20170520 (1) - Lokal hoppning häst 20170521 (1) Lokal hoppning ponny "
            "20170729 (2) Regional och lokal dressyr storhäst o Patricträningarna rullar på.")
    doc = "PROTOKOLL STYRELSEMÖTE 4 DECEMBER 2016\n\n§ 1. Mötets öppnande.\n\n§ 2. " + text + "\n\n§ 3. Avslutning.\n"
    events = extract_text(minutes_from_text(doc)).events
    assert [(e.date, e.end_date) for e in events] == [
        ("2017-05-20", None), ("2017-05-21", None), ("2017-07-29", "2017-07-30")]
