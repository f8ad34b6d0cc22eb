"""A later meeting that is not the next, with its date written right after it (planner.extract.items).

"avvakta med beslut ... tills ett extra möte 210621": the carry comes back at that date. Without a
date right after it the later meeting stays undated, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import when_of

MAY_2021 = date(2021, 5, 27)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Styrelsen beslutade att avvakta med beslut om medel tills ett extra möte 210621.", "2021-06-21"),
    ("Frågan tas upp vid ett extra möte den 10 juni.", "2021-06-10"),
    ("Frågan tas upp vid ett senare möte, 2021-06-21.", "2021-06-21"),
    ("Ärendet bordläggs till ett extra sammanträde måndagen den 14 juni.", "2021-06-14"),
    ("Beslutet skjuts till ett extra möte på tisdag 8/6.", "2021-06-08"),
])
def test_later_meeting_dated_right_after(sentence: str, when: str) -> None:
    assert when_of(sentence, MAY_2021) == when


@pytest.mark.parametrize("sentence", [
    "Frågan tas upp vid ett extra möte.",
    "Frågan tas upp vid ett senare möte 2021-01-21.",  # before the meeting: no return date
    "Frågan tas upp vid ett extra möte 15 personer deltog.",
    "Frågan tas upp vid ett senare tillfälle. Den 3 juni kommer Anna.",
    "Frågan tas upp vid ett kommande möte i juni.",
    "Frågan tas upp vid ett senare möte, troligen 10 juni?",
])
def test_later_meeting_without_its_date_stays_undated(sentence: str) -> None:
    assert when_of(sentence, MAY_2021) is None


def test_yearless_date_needs_the_meeting_date() -> None:
    assert when_of("Frågan tas upp vid ett extra möte den 10 juni.", None) is None
    assert when_of("Frågan tas upp vid ett extra möte den 10 juni 2021.", None) == "2021-06-10"
