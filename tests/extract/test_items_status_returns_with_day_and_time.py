""""Återkommer med dag och tid" is scheduling, no return of the matter (planner.extract.items).

"Arja kontaktar henne och återkommer med dag och tid", "Kansliet återkommer med tid och plats": someone
comes back with when (and where) an activity takes place, as "återkommer med datum" does. Look-alikes:
the matter itself coming back ("Kassören återkommer med ett förslag", "Frågan återkommer till nästa möte",
"Styrelsen återkommer i frågan i maj").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

FEB_2021 = date(2021, 2, 23)


@pytest.mark.parametrize("sentence", [
    "Arja kontaktar henne och återkommer med dag och tid.",
    "Kansliet återkommer med tid och plats.",
    "Ordföranden återkommer med datum och plats för träffen.",
    "Sekreteraren återkommer om dag för studiebesöket.",
    "Lars bokar lokal och återkommer med tidpunkt.",
])
def test_coming_back_with_day_and_time_is_scheduling(sentence: str) -> None:
    assert classify(sentence, FEB_2021) is None


@pytest.mark.parametrize(("sentence", "when"), [
    ("Kassören återkommer med ett förslag.", None),
    ("Frågan återkommer till nästa möte.", "next"),
    ("Styrelsen återkommer i frågan i maj.", "2021-05"),
])
def test_matter_coming_back_still_returns(sentence: str, when: str | None) -> None:
    found = classify(sentence, FEB_2021)
    assert found is not None and found.status is ItemStatus.RETURNS and found.when == when
