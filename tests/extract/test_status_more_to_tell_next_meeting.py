"""More to be told of the item's matter at the next meeting makes the item return.

"8. Julfesten / Kommer att hållas 16/12, 20.00-01.00 mer info nästa möte." (902): the matter comes
back at the next meeting with more to tell, written bare, without the preposition that "Närmare besked
lämnas vid nästa möte" has. Only a verb and a preposition may stand between the words for more to tell
and the next meeting. Look-alikes:
information about the next meeting itself ("Mer info om nästa möte kommer senare"), information wanted
before it ("mer information inför nästa möte"), another body's meeting ("på nästa årsmöte"), and more
to read elsewhere ("Mer information finns att läsa på hemsidan").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

NOVEMBER_2005 = date(2005, 11, 23)


@pytest.mark.parametrize("sentence", [
    "Kommer att hållas 16/12, 20.00-01.00 mer info nästa möte.",
    "Närmare besked lämnas vid nästa möte.",
    "Mer info på nästa styrelsemöte.",
    "Ytterligare information ges till kommande sammanträde.",
])
def test_more_to_tell_at_next_meeting_returns(sentence: str) -> None:
    f = classify(sentence, NOVEMBER_2005)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, "next")


@pytest.mark.parametrize("sentence", [
    "Mer info om nästa möte kommer senare.",
    "Vi vill ha mer information inför nästa möte.",
    "Mer info på nästa årsmöte.",
    "Mer information finns att läsa på hemsidan.",
])
def test_no_more_to_tell_at_next_meeting(sentence: str) -> None:
    assert classify(sentence, NOVEMBER_2005) is None
