""""Skjuta fram valet … till" postpones the item, as "skjuta upp" does (planner.extract.items).

"Årsmötet beslutade att skjuta fram valet av ordförande till vårarbetsdagen, då fler medlemmar är
närvarande": the election is put off to a later gathering. "Skjuta fram" counts only when the sentence
names the matter (an election is one). Look-alikes: a project moved ("Styrelsen beslutade att skjuta fram
byggstarten till 2023", "Kommunen har skjutit fram bygget av skolan") stays no status.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

FEB_2019 = date(2019, 2, 28)


@pytest.mark.parametrize("sentence", [
    "Årsmötet beslutade att skjuta fram valet av ordförande till vårarbetsdagen, då fler medlemmar är närvarande.",
    "Mötet beslutade att skjuta fram valen till hösten.",
    "Vi skjuter fram valet av revisorer.",
    "Styrelsen skjuter fram frågan.",
])
def test_putting_forward_the_matter_postpones(sentence: str) -> None:
    found = classify(sentence, FEB_2019)
    assert found is not None and found.status is ItemStatus.POSTPONED


@pytest.mark.parametrize("sentence", [
    "Styrelsen beslutade att skjuta fram byggstarten till 2023.",
    "Kommunen har skjutit fram bygget av skolan.",
])
def test_a_project_put_forward_is_no_status(sentence: str) -> None:
    assert classify(sentence, FEB_2019) is None
