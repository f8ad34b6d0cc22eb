"""A past deferral's date is its target only when "till" governs it (planner.extract.items `classify`).

"Ärendet bordlades till juni" and "Beslutet har skjutits upp till juni" put the matter off to June (the date's own
words open with "till"); "bordlades till mötet i februari" too (only a meeting between "till" and the date). But
"Ärendet återremitterades till förvaltningen i februari" went to the office in February, before the meeting: history,
as "Ärendet bordlades i februari" is. Look-alikes keep their reading: a target after a meeting noun, a dated target
day, and a month of the past with no "till".
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2022 = date(2022, 3, 15)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Ärendet bordlades till juni.", "2022-06"),
    ("Beslutet har skjutits upp till juni.", "2022-06"),
    ("Frågan bordlades till september.", "2022-09"),
    ("Ärendet bordlades till mötet i februari.", "2023-02"),
    ("Ärendet bordlades till nästa styrelsemöte den 5 april.", "next"),
    ("Frågan bordlades till sammanträdet den 15 februari.", "2023-02-15"),
])
def test_past_deferral_to_a_later_time_is_put_off(sentence: str, when: str) -> None:
    found = classify(sentence, MARCH_2022)
    assert found is not None and (found.status, found.when) == (ItemStatus.POSTPONED, when)


@pytest.mark.parametrize("sentence", [
    "Ärendet återremitterades till förvaltningen i februari.",
    "Ärendet bordlades till förmån för budgetarbetet i februari.",
    "Ärendet bordlades i februari.",
    "Motionen återremitterades till kommunstyrelsen den 3 februari.",
])
def test_past_deferral_sent_somewhere_before_the_meeting_is_history(sentence: str) -> None:
    assert classify(sentence, MARCH_2022) is None
