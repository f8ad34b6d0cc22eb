"""A range of days before a day.month.year or with a typographic hyphen: "Sommarträffen 20-22.8.2024 i Runsala"
(Finland-Swedish), "Styrelseutbildning 14-‐15/3" (a hyphen character U+2010 after a dash, pasted from a word
processor). The day before the dash opens the range (`_RANGE_BACK`, now also for dotted dates and those dashes).
Before, only the last day was read.

Look-alikes: a lone dotted date, a number range before a date ("punkt 3-4 2.5.2024" has none), a slashed range with a
plain dash, and a reversed pair ("22-20.8.2024") keep one day.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import DateKind, find_dates


def _days(text: str) -> list[tuple[str, str | None]]:
    return [(str(dm.value), str(dm.end_value) if dm.end_value else None)
            for dm in find_dates(text, after=date(2024, 3, 16)) if dm.kind is DateKind.DAY]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Gavs en preliminär rapport om Sommarträffen 20-22.8.2024 i Runsala, Åbo.", [("2024-08-20", "2024-08-22")]),
        ("Sommarträffen 20–22.8.2024 i Runsala.", [("2024-08-20", "2024-08-22")]),
        ("8.1 Styrelseutbildning 14-‐15/3 Louise informerade om schemat.", [("2024-03-14", "2024-03-15")]),
        ("Styrelseutbildning 14‐15/4.", [("2024-04-14", "2024-04-15")]),
        ("Lägret hålls 15-16/5.", [("2024-05-15", "2024-05-16")]),
        # look-alikes
        ("Sommarträffen 22.8.2024 i Runsala.", [("2024-08-22", None)]),
        ("Sommarträffen 22-20.8.2024 i Runsala.", [("2024-08-20", None)]),
        ("Höstmötet 2024-09-21 i Åbo.", [("2024-09-21", None)]),
    ],
)
def test_day_range_dotted_and_hyphen(text: str, days: list[tuple[str, str | None]]) -> None:
    assert _days(text) == days
