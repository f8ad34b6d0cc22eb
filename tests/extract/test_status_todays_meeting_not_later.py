"""A cue that sends a matter to a later meeting does not when the meeting named is this one: "alla projekt
som går upp för beslut på dagens möte" and "Ärendet är klart för beslut på dagens möte" are decided now.
Look-alikes: the next meeting, a dated later meeting, no meeting named."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

DAY = date(2012, 12, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        ("Ulrika informerar om aktuellt budgetläge och att alla projekt som går upp för beslut på dagens möte inte "
        "ryms inom budget."),
        "Ärendet är klart för beslut på dagens möte.",
        "Frågan tas upp för beslut vid detta sammanträde.",
    ],
)
def test_todays_meeting_is_not_later(sentence: str) -> None:
    found = classify(sentence, DAY)
    assert found is None or found.status is not ItemStatus.RETURNS


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Projektet går upp för beslut på nästa möte.", "next"),
        ("Ärendet kommer för beslut vid styrelsemötet i mars.", "2013-03"),
        ("Ärendet är klart för beslut.", None),
    ],
)
def test_later_meeting_still_returns(sentence: str, when: str | None) -> None:
    found = classify(sentence, DAY)
    assert found is not None and (found.status, found.when) == (ItemStatus.RETURNS, when)
