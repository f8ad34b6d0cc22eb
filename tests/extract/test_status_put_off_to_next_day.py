""""En fråga ajournerades för beslut till dagen efter": put off to the next day of a two-day meeting, the same
meeting, nothing carried (planner.extract.items, words.SAME_MEETING)."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

JAN_1998 = date(1998, 1, 24)


@pytest.mark.parametrize("sentence", [
    "Datum för mötet ändras genom att en fråga ajournerades för beslut till dagen efter ordinarie mötestid.",
    "Punkten bordlades till morgondagen.",
    "Beslutet sköts upp till mötets andra dag.",
    "Ärendet bordläggs till nästa dag.",
    "Frågan skjuts upp till dag två.",
])
def test_put_off_to_the_next_day_is_not_carried(sentence: str) -> None:
    assert classify(sentence, JAN_1998) is None


@pytest.mark.parametrize(("sentence", "when"), [
    ("Ärendet bordläggs till nästa möte.", "next"),
    ("Frågan bordlades.", None),
    ("Beslutet skjuts upp till mötet i mars.", "1998-03"),
    ("Punkten utgår och tas upp vid nästa sammanträde.", "next"),
    ("Ärendet bordläggs till styrelsemötet den 14 februari.", "1998-02-14"),
])
def test_put_off_to_a_later_meeting_still_is(sentence: str, when: str | None) -> None:
    found = classify(sentence, JAN_1998)
    assert found is not None and found.status is ItemStatus.POSTPONED and found.when == when
