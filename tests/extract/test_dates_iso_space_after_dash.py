"""An ISO date that a stored copy broke at a line end and joined again keeps a space after a dash
("Resa till Lerbäcksteater lördag 2025- 12-06"): it is still the date. A dot or a slash with a space
after it, or a year and a number alone, is not."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text
from planner.extract.dates import find_dates
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Resa till Lerbäcksteater lördag 2025- 12-06. 30-talet anmälda.", ["2025-12-06"]),
        ("Föregående protokoll, rättelse av § 72, protokoll från 2016-10- 28.", ["2016-10-28"]),
        ("Kampanj utanför ICA genomfördes 2025-10-16 och 2025- 10-17.", ["2025-10-16", "2025-10-17"]),
        ("Nästa möte 2024- 03- 12 kl 18.", ["2024-03-12"]),
        # look-alikes: a dot or slash before the space, a year then a count, two spaces, a span of years
        ("Verksamhetsåret 2019. 1. 5 personer deltog.", []),
        ("Budgeten 2019- 20 mnkr läggs fram.", []),
        ("Mapp 2020/ 10/ 05 arkiveras.", []),
        ("Under 2024-  03-12 hände inget.", []),
        ("Perioden 2019- 2020 utvärderas.", []),
    ],
)
def test_iso_date_with_a_space_after_a_dash(text: str, dates: list[str]) -> None:
    assert [m.iso for m in find_dates(text, after=date(2015, 1, 1))] == dates


def test_broken_iso_date_is_a_planned_trip() -> None:
    text = ("Protokoll styrelsemöte 2025-11-19\n\nNärvarande: Anna Berg, Olle Ek\n\n"
            "§6. Kommande resor och arrangemang. Resa till Lerbäcksteater lördag 2025- 12-06. 30-talet anmälda.\n")
    got = extract_text(minutes_from_text(text))
    assert [(e.date, e.kind.value) for e in got.events] == [("2025-12-06", "trip")]
