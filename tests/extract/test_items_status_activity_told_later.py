""""Höstträffen återkommer vi med": an activity's details told later, no return (planner.extract.items).

The activity is put first and "återkommer vi med" says its plan comes later ("Höstträffen återkommer vi
med", "Julfesten återkommer styrelsen om", "Studieresan återkommer vi med"). Look-alikes: the matter
itself put first ("Frågan återkommer vi till", "Budgeten återkommer vi med i maj") or an activity that is
not put first ("Styrelsen återkommer med förslag på träffen") still return.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

NOV_2021 = date(2021, 11, 23)


@pytest.mark.parametrize("sentence", [
    "Höstträffen återkommer vi med.",
    "Julfesten återkommer styrelsen om.",
    "Studieresan återkommer vi med senare.",
    "Temakvällen återkommer jag med.",
])
def test_activity_told_later_is_no_return(sentence: str) -> None:
    assert classify(sentence, NOV_2021) is None


@pytest.mark.parametrize("sentence", [
    "Frågan återkommer vi till.",
    "Budgeten återkommer vi med i maj.",
    "Styrelsen återkommer med förslag på träffen.",
])
def test_matter_put_first_still_returns(sentence: str) -> None:
    found = classify(sentence, NOV_2021)
    assert found is not None and found.status is ItemStatus.RETURNS
