"""An ISO date whose dashes a word processor turned into en or em dashes ("Protokoll styrelsemöte 2011–01–20", an
orienteering club's board) is still the date, and so is a range of two such dates. The same dash twice only:
a year range, a year and a count, or mixed dashes are not a date."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates
from tests.extract.event_dates import event_dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Protokoll styrelsemöte 2011–01–20", ["2011-01-20"]),
        ("Nästa möte 2011—02—17 kl 19.", ["2011-02-17"]),
        ("Fredningstiden 2019–05–01 – 2019–06–30 gäller.", ["2019-05-01"]),
        # look-alikes: a span of years, a year and a count, mixed dashes, a long dash run of numbers
        ("Verksamhetsåren 2011–2012 redovisades.", []),
        ("Budgeten 2011–12 mkr läggs fram.", []),
        ("Mapp 2011–01-20 arkiveras.", []),
        ("Telefon 2011–01–2045.", []),
    ],
)
def test_iso_date_with_en_dashes(text: str, dates: list[str]) -> None:
    assert [m.iso for m in find_dates(text, after=date(2010, 1, 1))] == dates


def test_iso_range_with_en_dashes_keeps_its_end() -> None:
    (m,) = find_dates("Fredningstiden 2019–05–01 – 2019–06–30 gäller.", after=date(2019, 1, 1))
    assert (m.value, m.end_value) == (date(2019, 5, 1), date(2019, 6, 30))


def test_en_dashed_dates_after_the_meeting_are_events() -> None:
    text = ("Protokoll styrelsemöte 2011–01–20\n\nNärvarande: Anna Berg, Olle Ek\n\n"
            "6. Zonmöte. En tävlingskalender togs fram med närtävling i Torsås 2011–05–05.\n")
    assert event_dates(text)[0] == ["2011-05-05"]
