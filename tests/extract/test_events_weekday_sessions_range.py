"""A range longer than a month is a period something lasts ("avtalet gäller 1 januari - 31 december", "26 maj -
30 juni"), not an event. Days of a week in the plural before it ("spela bridge tisdagarna 26 maj- 30 juni")
make it a run of sessions planned like any gathering: one event from its first day to its last.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def spans(text: str) -> list[tuple[str, str | None]]:
    events, _, _ = extract_events(minutes_from_text("Protokoll\n\n6. Sommarbridge\n" + text + "\n"),
                                  Meeting(body=None, date="2009-04-07"), [], [])
    return [(e.date, e.end_date) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beslutades att spela bridge tisdagarna 26 maj- 30 juni.", [("2009-05-26", "2009-06-30")]),
        ("Träning onsdagarna 6 maj - 24 juni i klubblokalen.", [("2009-05-06", "2009-06-24")]),
        # look-alikes: a period with no days of the week, and one weekday alone
        ("Vi spelar bridge 26 maj - 30 juni.", []),
        ("Avtalet med lokalen gäller 1 maj - 31 augusti.", []),
    ],
)
def test_weekday_sessions_range(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert spans(text) == expected
