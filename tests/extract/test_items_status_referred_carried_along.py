"""A matter someone carries to another body is referred there (planner.extract.items).

"Anna tar med sig frågan till kommunstyrelsen", "Ordföranden tar med frågan till ledningsgruppen",
"Frågan tas med till regionstyrelsen": the matter goes to that body. Look-alikes: carried to the next
meeting ("Frågan tas med till nästa möte", "Anna tar med sig frågan till nästa möte": it comes back
here) and to a person ("Frågan tas med till Anna": no body).
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MAY_2021 = date(2021, 5, 26)


@pytest.mark.parametrize(("sentence", "body"), [
    ("Anna tar med sig frågan till kommunstyrelsen.", "kommunstyrelsen"),
    ("Ordföranden tar med frågan till ledningsgruppen.", "ledningsgruppen"),
    ("Frågan tas med till regionstyrelsen.", "regionstyrelsen"),
    ("Kansliet tog med sig ärendet till styrgruppen.", "styrgruppen"),
])
def test_carried_to_another_body_is_referred(sentence: str, body: str) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.body) == (ItemStatus.REFERRED, body)


@pytest.mark.parametrize("sentence", [
    "Frågan tas med till nästa möte.",
    "Anna tar med sig frågan till nästa möte.",
])
def test_carried_to_the_next_meeting_returns(sentence: str) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, "next")


def test_carried_to_a_person_is_no_referral() -> None:
    assert classify("Frågan tas med till Anna.", MAY_2021) is None
