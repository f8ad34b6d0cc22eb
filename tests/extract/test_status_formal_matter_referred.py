"""A formal matter as the subject passed to another body is referred: "Medborgarförslaget överlämnas till
kommunstyrelsen för beredning", "Motionen remitteras till socialnämnden för yttrande" (the body without
what it is to do). Look-alikes: a matter with a qualifier after it, no body, a decision taken."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

DAY = date(2024, 6, 24)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Medborgarförslaget överlämnas till kommunstyrelsen för beredning.", "kommunstyrelsen"),
        ("Motionen remitteras till socialnämnden för yttrande.", "socialnämnden"),
        ("Skrivelsen överlämnas till kommunstyrelsen.", "kommunstyrelsen"),
        ("Medborgarförslagen skickas vidare till miljönämnden för beredning.", "miljönämnden"),
    ],
)
def test_formal_matter_referred(sentence: str, body: str) -> None:
    found = classify(sentence, DAY)
    assert found is not None and (found.status, found.body) == (ItemStatus.REFERRED, body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Motionen om skolan överlämnas till kommunstyrelsen.",
        "Medborgarförslaget överlämnas till förslagsställaren.",
        "Budgetförslaget antogs av fullmäktige.",
        "Förslagsställaren överlämnade en skrivelse till kommunstyrelsen.",
    ],
)
def test_formal_matter_not_referred(sentence: str) -> None:
    found = classify(sentence, DAY)
    assert found is None or found.status is not ItemStatus.REFERRED
