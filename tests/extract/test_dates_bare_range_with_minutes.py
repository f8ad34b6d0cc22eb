"""An hour range right after a date whose end carries its minutes ("13 september 17-18.30", "5 maj 10-11:45"),
or whose dash was typed as a point ("22 November 17.18.30"), or that closes its sentence ("Tisdag 21/8 10-16."),
is the hours. Counts, ages and numbered points after a date are not.
"""

from __future__ import annotations

from datetime import time

import pytest

from planner.extract import extract_text
from planner.extract.dates import find_times
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("text", "begin", "finish"), [
    ("17-18.30", time(17), time(18, 30)),
    ("17–18.30", time(17), time(18, 30)),
    ("10-11:45 i kyrkan", time(10), time(11, 45)),
    ("17.18.30", time(17), time(18, 30)),
    ("10-16. Torsdag-fredag", time(10), time(16)),
    ("9-12.15, samling i foajén", time(9), time(12, 15)),
])
def test_bare_range_with_minutes(text: str, begin: time, finish: time) -> None:
    found = find_times(text, bare=True)
    assert found and (found[0].begin, found[0].finish) == (begin, finish)


@pytest.mark.parametrize("text", [
    "18-20.5 procent",  # a decimal number, no hours
    "6-9 år",  # ages
    "13.45.30",  # a clock with seconds, no range (the start after the end)
    "punkterna 4, 7-8",  # numbered points
])
def test_no_range_from_numbers(text: str) -> None:
    found = find_times(text, bare=True)
    assert not any(t.finish is not None for t in found)


@pytest.mark.parametrize(("line", "hours"), [
    ("Kommande råd\n\n13 september 17-18.30\n", ("17:00", "18:30")),
    ("Höstens styrelsemöten planeras: Tisdag 21/8 10-16. Torsdag 19/10 kl 10.", ("10:00", "16:00")),
])
def test_event_hours_after_the_date(line: str, hours: tuple[str, str]) -> None:
    r = extract_text(minutes_from_text("Styrelsemöte 2018-06-07\n\n§ 1 Mötet öppnades.\n\n" + line))
    assert (r.events[0].start, r.events[0].end) == hours
