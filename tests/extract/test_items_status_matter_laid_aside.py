"""The matter laid aside for now is postponed (planner.extract.items).

"Vi lägger frågan på is", "Ärendet får vila", "Vi parkerar frågan", "Frågan läggs åt sidan tills
vidare", an elliptic "Ärendet vilande.": the matter is deferred, no time said (or the next meeting,
when named). Look-alikes: a decision that rests on something ("Beslutet får vila på en bred
förankring"), a dormant membership discussed ("Frågan om vilande medlemskap"), and a question left
open for discussion ("Frågan lämnas öppen").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Vi lägger frågan på is.", None),
    ("Vi lägger ärendet på is tills vidare.", None),
    ("Frågan läggs åt sidan tills vidare.", None),
    ("Frågan får ligga tills vidare.", None),
    ("Ärendet får vila.", None),
    ("Vi parkerar frågan.", None),
    ("Ärendet vilande.", None),
    ("Vi parkerar frågan till nästa möte.", "next"),
])
def test_matter_laid_aside_is_postponed(sentence: str, when: str | None) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.POSTPONED, when)


@pytest.mark.parametrize("sentence", [
    "Beslutet får vila på en bred förankring bland medlemmarna.",
    "Frågan om vilande medlemskap diskuterades.",
    "Frågan lämnas öppen.",
    "Vi lägger stor vikt vid frågan.",
])
def test_no_matter_laid_aside(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None
