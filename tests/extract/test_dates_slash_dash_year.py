"""A slashed day with its year after a dash with spaces around it: "Tid: 18/7 – 2010", "18/7 - 2010",
as minutes typed by hand write the date of a meeting. The year counts only with four digits and no
date running on after it ("1/5 – 2019-05-03" opens a range; "4/5 – 12 st" is no year).
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates

AFTER = date(2009, 7, 18)


def _dates(line: str) -> list[tuple[str, date | str | None]]:
    return [(m.text, m.value) for m in find_dates(line, after=AFTER)]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Tid: 18/7 – 2010", [("18/7 – 2010", date(2010, 7, 18))]),
        ("Årsmöte söndag 18/7 - 2010 kl 12.00", [("söndag 18/7 - 2010", date(2010, 7, 18))]),
        ("Möte 23/5-2023 kl 17:15", [("23/5-2023", date(2023, 5, 23))]),
    ],
)
def test_year_after_a_spaced_dash(line: str, found: list[tuple[str, date]]) -> None:
    assert [f for f in _dates(line) if f[0] != "kl 12.00"] == found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Perioden 1/5 – 2019-05-03", [("1/5", date(2010, 5, 1)), ("2019-05-03", date(2019, 5, 3))]),
        ("Leverans den 4/5 – 12 st", [("den 4/5", date(2010, 5, 4))]),
        ("Tid: 18/7 – 20", [("18/7", date(2009, 7, 18))]),
    ],
)
def test_no_year_after_the_dash(line: str, found: list[tuple[str, date]]) -> None:
    assert _dates(line) == found
