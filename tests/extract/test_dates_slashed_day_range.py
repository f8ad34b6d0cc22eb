"""A range of days before one slashed month: "Svartå Herrgård den 4-5/3 Alvesta 11-12/3 och Bosön 18-19/3",
"den 15–16/5", "4 - 5/3/2014".

The slashed pair alone cannot begin after a dash (it would read "5/3" out of "2014-5/3"-like runs), so the range is
read whole (`_NUMERIC_DAY_RANGE`): the first day is the date, the second the end date. Before, no date was read.

Look-alikes: a falling pair ("3-2/1", "12-11/3": a score or a count) and a fraction ("2-3/4 av ledamöterna")
are no dates.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates
from tests.extract.event_dates import event_dates


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Svartå Herrgård den 4-5/3 Alvesta", [("2014-03-04", "2014-03-05")]),
        ("Alvesta 11-12/3 och Bosön 18-19/3.", [("2014-03-11", "2014-03-12"), ("2014-03-18", "2014-03-19")]),
        ("den 15–16/5 i Alvesta", [("2014-05-15", "2014-05-16")]),
        ("den 4 - 5/3/2014.", [("2014-03-04", "2014-03-05")]),
        # look-alikes
        ("Matchen: 3-2/1", []),
        ("12-11/3", []),
        ("2-3/4 av ledamöterna", []),
    ],
)
def test_slashed_day_range(text: str, found: list[tuple[str, str]]) -> None:
    got = [(m.value.isoformat(), m.end_value.isoformat() if m.end_value else None)
           for m in find_dates(text, after=date(2014, 2, 5))]
    assert got == found


def test_day_ranges_become_events() -> None:
    text = ("Protokoll fört vid styrelsemöte den 5/2 2014\n\n§7 Föreningsdagar med Förbundet\n"
            "Som styrelsen beslutat tidigare kommer det vid 3 st tillfällen att arrangeras\n"
            "föreningsdagar med förbundet. Svartå Herrgård den 4-5/3 Alvesta 11-12/3 och\n"
            "Bosön 18-19/3. Vid dessa tillfällen kommer vi lägga stor vikt kring frågor.\n")
    assert event_dates(text, "2014-02-05")[0] == ["2014-03-04", "2014-03-11", "2014-03-18"]
