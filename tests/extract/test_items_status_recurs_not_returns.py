""""Återkommer" of something that recurs, or of a person back at work, is no return (planner.extract.items).

"Problemet med fukt återkommer varje vinter", "Samma fråga återkommer ofta från medlemmarna",
"Anna återkommer till arbetet i maj efter föräldraledigheten": the verb tells a recurrence or a
person's return, not the matter coming back to the body. Look-alikes: a standing point ("Punkten
återkommer varje möte"), the matter at a meeting ("Frågan återkommer till nästa möte") and the
usual "Förvaltningen återkommer i frågan".
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Festivalen återkommer varje år.",
    "Problemet med fukt återkommer varje vinter.",
    "Anna återkommer till arbetet i maj efter föräldraledigheten.",
    "Samma fråga återkommer ofta från medlemmarna.",
    "Temat återkommer i flera av rapporterna.",
    "Olle återkommer efter sjukskrivningen i april.",
])
def test_recurrence_or_person_back_is_no_return(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize(("sentence", "when"), [
    ("Punkten återkommer varje möte.", "next"),
    ("Frågan återkommer till nästa möte.", "next"),
    ("Förvaltningen återkommer i frågan.", None),
    ("Förvaltningen återkommer till nämnden i maj.", "2021-05"),
    ("Kassören återkommer när bokslutet är klart.", None),
])
def test_matter_coming_back_still_returns(sentence: str, when: str | None) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, when)
