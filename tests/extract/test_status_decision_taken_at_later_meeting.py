"""A decision said verb first, then the later meeting it is taken at, makes the matter return there:
"Resterade pengar tas beslut om på junimötet" (returns, 2021-06), "Om detta fattas beslut vid
styrelsemötet i september". Look-alikes: today's meeting, a meeting with no time, no decision."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

DAY = date(2021, 5, 19)


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Resterade pengar tas beslut om på junimötet, men Barndiabetesfonden kan vara aktuell mottagare.",
         "2021-06"),
        ("Om detta fattas beslut vid styrelsemötet i september.", "2021-09"),
        ("Om fördelningen tar vi beslut på mötet i augusti.", "2021-08"),
    ],
)
def test_decision_taken_at_later_meeting(sentence: str, when: str) -> None:
    found = classify(sentence, DAY)
    assert found is not None and (found.status, found.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize(
    "sentence",
    [
        "Det tas beslut om budgeten på dagens möte.",
        "Här tas beslut om allt på årsmötet.",
        "Pengar tas ut på junimötet.",
    ],
)
def test_decision_not_at_later_meeting(sentence: str) -> None:
    found = classify(sentence, DAY)
    assert found is None or found.status is not ItemStatus.RETURNS
