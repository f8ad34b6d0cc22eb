"""Waiting to see how things turn out is not putting the item off (planner.extract.items.classify).

"Vi avvaktar och ser vad som händer med samhällsinformationen" (a village hall's board on its spring dances)
tells a pause with no meeting named, as "avvaktar vi lite" does; "avvaktar med X", "avvaktar till nästa möte"
and a wait that names a meeting still put the matter off.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2020 = date(2020, 3, 12)


@pytest.mark.parametrize("sentence", [
    "Vi avvaktar och ser vad som händer med samhällsinformation ang. Coronaviruset.",
    "vi avvaktar och ser hur det utvecklar sig.",
    "Styrelsen avvaktar och får se hur många som anmäler sig.",
    "Vi avvaktar och se vad kommunen säger.",
    "Vi avvaktar och väntar på besked från kommunen.",
])
def test_wait_and_see_is_no_status(sentence: str) -> None:
    f = classify(sentence, MARCH_2020)
    assert f is None or f.status is not ItemStatus.POSTPONED, f


@pytest.mark.parametrize("sentence", [
    "Elevrådet avvaktar med matfrågorna.",
    "Styrelsen avvaktar till nästa möte.",
    "Vi avvaktar och tar upp frågan på nästa möte.",
])
def test_waiting_that_puts_the_matter_off_still_postpones(sentence: str) -> None:
    f = classify(sentence, MARCH_2020)
    assert f is not None and f.status is ItemStatus.POSTPONED, f
