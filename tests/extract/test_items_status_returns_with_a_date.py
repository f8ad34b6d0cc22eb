"""Coming back with a date or a time for meetings is scheduling, not the matter's return (planner.extract.items).

"Ordföranden återkommer med datum för nästa möte", "Kansliet återkommer med nya mötesdatum", "Sara
återkommer med förslag på tid för höstens möten": a date, a time, a meeting plan or a notice to
come, nothing of the item comes back and nothing is carried (not even as a topic of "Nästa möte").
Look-alikes: coming back with a proposal or a matter ("återkommer med ett förslag", "återkommer med
en plan för lokalerna", "återkommer i frågan om mötestider").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Ordföranden återkommer med datum för nästa möte.",
    "Sara återkommer med förslag på tid för höstens möten.",
    "Sekreteraren återkommer med en mötesplan.",
    "Ordföranden återkommer med kallelse.",
    "Kansliet återkommer med nya mötesdatum.",
    "Styrelsen återkommer om plats för årsmötet.",
])
def test_coming_back_with_a_date_is_no_return(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize("sentence", [
    "Förvaltningen återkommer med ett förslag.",
    "Kansliet återkommer med en plan för lokalerna.",
    "Ordföranden återkommer i frågan om mötestider.",
    "Förvaltningen återkommer med förslag till nästa sammanträde.",
])
def test_coming_back_with_a_matter_still_returns(sentence: str) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and f.status is ItemStatus.RETURNS


_MINUTES = """Protokoll styrelsen 2021-03-10

Närvarande: Anna Berg, Olle Holm, Sara Lind

1. Mötet öppnas

2. Ekonomi
Kassören redovisar läget.

3. Nästa möte
Ordföranden återkommer med datum för nästa möte.

4. Mötet avslutas
"""


def test_date_to_come_is_not_carried(tmp_path: Path) -> None:
    path = tmp_path / "styrelse.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    out = extract_minutes(path).to_json()
    assert all(i["status"] == "handled" for i in out["items"])
    assert out["carry"] == []
