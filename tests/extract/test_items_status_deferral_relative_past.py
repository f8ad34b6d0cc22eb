"""A past deferral dated by a time relative to now is the item's history (planner.extract.items `classify`).

"Frågan bordlades förra året och är nu klar", "Ärendet bordlades i höstas", "I fjol sköts frågan upp",
"Ärendet återremitterades för ett år sedan", "Sedan förra året har frågan skjutits upp flera gånger": as a date
before the meeting does, a past time relative to now (words.RELATIVE_PAST_TIMES, "för två månader sedan") in the
clause of a past deferral tells what happened before, not the item's fate. Look-alikes that keep their fate: a
deferral now beside a past time in another clause ("Ärendet bordlades, förra året blev det likadant"), a present
deferral compared with last year ("bordläggs till nästa möte, som förra året"), and a plain past deferral.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2022 = date(2022, 3, 15)


@pytest.mark.parametrize("sentence", [
    "Frågan bordlades förra året och är nu klar.",
    "Ärendet bordlades i höstas.",
    "I fjol sköts frågan upp på grund av pandemin.",
    "Frågan bordlades för två månader sedan i väntan på besked.",
    "Ärendet återremitterades för ett år sedan.",
    "Sedan förra året har frågan skjutits upp flera gånger.",
    "Punkten bordlades under förra verksamhetsåret.",
    "Motionen bordlades vid årsmötet förra året.",
])
def test_past_deferral_at_a_relative_past_time_is_history(sentence: str) -> None:
    assert classify(sentence, MARCH_2022) is None


@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Ärendet bordlades, förra året blev det likadant.", ItemStatus.POSTPONED, None),
    ("Frågan bordläggs till nästa möte, som förra året.", ItemStatus.POSTPONED, "next"),
    ("Ärendet bordlades.", ItemStatus.POSTPONED, None),
    ("Ärendet återremitterades till förvaltningen.", ItemStatus.RETURNS, None),
    ("Beslutet sköts upp till nästa möte eftersom underlaget från förra året saknas.", ItemStatus.POSTPONED, "next"),
])
def test_deferral_now_keeps_its_fate(sentence: str, status: ItemStatus, when: str | None) -> None:
    found = classify(sentence, MARCH_2022)
    assert found is not None and (found.status, found.when) == (status, when)
