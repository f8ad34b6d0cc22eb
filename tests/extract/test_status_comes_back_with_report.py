"""Someone who comes back to the body with what they find out makes the matter return, as "återkommer":
"Ann-Sofie lovade att hon kommer tillbaka och rapporterar när hon pratat med Barbro" (no time said), "Per
kommer tillbaka med besked till nästa möte". Look-alikes: a person back from a holiday, money that comes
back."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

DAY = date(2009, 3, 10)


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Ann-Sofie lovade att hon kommer tillbaka och rapporterar när hon pratat med Barbro.", None),
        ("Per kommer tillbaka med besked till nästa möte.", "next"),
        ("Kassören ska komma tillbaka med ett förslag i april.", "2009-04"),
    ],
)
def test_comes_back_with_report(sentence: str, when: str | None) -> None:
    found = classify(sentence, DAY)
    assert found is not None and (found.status, found.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nils kommer tillbaka från semestern i maj.",
        "Pengarna kommer tillbaka till föreningen.",
        "Hon kommer tillbaka och hälsar på i vår.",
    ],
)
def test_coming_back_otherwise(sentence: str) -> None:
    found = classify(sentence, DAY)
    assert found is None or found.status is not ItemStatus.RETURNS
