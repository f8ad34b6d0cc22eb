"""A range whose first day carries the year and whose last day follows it ("perioden 18 januari 2016 till
30 juni", "1 januari 2016 – 30 juni 2016") is one period: the last day takes the first's year (the next one
when it would fall before the first). A period that long is no event. Two dates joined by "och" or a
comma stay two; a backwards pair is two dates."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text
from planner.extract.dates import find_dates
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Ansökan avser perioden 18 januari 2016 till 30 juni Kostnaderna", [("2016-01-18", "2016-06-30")]),
        ("Delårsrapport för perioden 1 januari 2016 – 30 juni 2016 redovisas.", [("2016-01-01", "2016-06-30")]),
        ("Projektet pågår 15 december 2016 - 15 januari.", [("2016-12-15", "2017-01-15")]),
        ("Konferensen 4 maj 2021 - 5 maj 2021 i Umeå.", [("2021-05-04", "2021-05-05")]),
        # look-alikes: two dates with "och" or a comma; a backwards pair; a year then a count
        ("Möten den 4 maj 2021 och 5 juni.", [("2021-05-04", None), ("2016-06-05", None)]),
        ("Möten 4 maj 2021, 5 juni 2021.", [("2021-05-04", None), ("2021-06-05", None)]),
        ("Rättelse: 30 juni 2016 - 1 januari 2016.", [("2016-06-30", None), ("2016-01-01", None)]),
        ("Den 4 maj 2021 - 9 personer anmälda.", [("2021-05-04", None)]),
    ],
)
def test_range_after_a_year(text: str, dates: list[tuple[str, str | None]]) -> None:
    assert [(m.iso, m.end_iso) for m in find_dates(text, after=date(2016, 1, 25))] == dates


def test_long_period_is_no_event() -> None:
    text = ("Protokoll socialnämnden 2016-02-16\n\nNärvarande: Anna Berg, Olle Ek\n\n§ 12 Ansökan om bidrag\n\n"
            "Ansökan avser perioden 18 januari 2016 till 30 juni Kostnaderna beräknas för tågresor.\n")
    assert list(extract_text(minutes_from_text(text)).events) == []
