""""Avvaktar vi lite" is a pause with no meeting named, not the item postponed (planner.extract.items).

"Det börjar vara dags att färdigställa lokalen men då vi har Corona så avvaktar vi lite", "Vi avvaktar
ett tag med inköpen": the work waits a while; the item was handled at this meeting. Look-alikes: waiting
to a meeting ("Vi avvaktar lite och tar upp frågan på nästa möte", "Styrelsen avvaktar till nästa möte")
and a plain "Frågan avvaktas" stay postponed.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

FEB_2021 = date(2021, 2, 23)


@pytest.mark.parametrize("sentence", [
    "Det börjar vara dags att färdigställa lokalen i Sjungande Dalen men då vi har Corona så avvaktar vi lite.",
    "Vi avvaktar ett tag med inköpen.",
    "Med tanke på läget avvaktar vi en tid.",
    "Styrelsen avvaktar lite till med beställningen.",
])
def test_waiting_a_while_is_no_postponement(sentence: str) -> None:
    assert classify(sentence, FEB_2021) is None


@pytest.mark.parametrize("sentence", [
    "Vi avvaktar lite och tar beslut på nästa möte.",
    "Styrelsen avvaktar till nästa möte.",
    "Frågan avvaktas.",
])
def test_waiting_for_a_meeting_is_still_postponed(sentence: str) -> None:
    found = classify(sentence, FEB_2021)
    assert found is not None and found.status is ItemStatus.POSTPONED
