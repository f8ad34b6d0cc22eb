"""A range of ISO dates whose dash a copy renders as two with a space between: "under perioden
2023-10-01 - - 2023-11-30" (a period), "Digitala Västerbotten 2023-12-05 - - 06" (two days)."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates

AFTER = date(2023, 11, 1)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("beslut under perioden 2023-10-01 - - 2023-11-30.", [(date(2023, 10, 1), date(2023, 11, 30))]),
        ("Information från Digitala Västerbotten 2023-12-05 - - 06.", [(date(2023, 12, 5), date(2023, 12, 6))]),
        ("presidiekonferens 2023-11-29 -- 30.", [(date(2023, 11, 29), date(2023, 11, 30))]),
        # look-alikes: dashes with no day after them
        ("mötet 2023-12-05 - - ", [(date(2023, 12, 5), None)]),
        ("mötet 2023-12-05 - - kl 13.00", [(date(2023, 12, 5), None)]),
    ],
)
def test_iso_range_with_spaced_double_dash(text: str, found: list[tuple[date, date | None]]) -> None:
    assert [(d.value, d.end_value) for d in find_dates(text, after=AFTER)] == found
