"""The next meeting fronted bare, then "vi" and a verb of taking up, brings the matter back (planner.extract.items).

"Nästa gång ska vi diskutera rekrytering", "Nästa gång tar vi upp lokalfrågan", "Nästa möte går vi
igenom stadgarna": as "På nästa möte ska vi diskutera ...", the matter returns at the next meeting.
Look-alikes: a negation ("Nästa möte diskuterar vi inte budgeten"), a past meeting ("Förra gången
diskuterade vi rekrytering"), next year ("Nästa år ska vi diskutera rekrytering"), a verb that is not
right after the fronted meeting ("Nästa gång Anna kommer ska vi diskutera ..."), and another body
("... ta upp frågan med kommunstyrelsen": referred, not back here).
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MAY_2021 = date(2021, 5, 26)


@pytest.mark.parametrize("sentence", [
    "Nästa gång ska vi diskutera rekrytering.",
    "Nästa gång ska vi prata om rekrytering.",
    "Nästa gång tar vi upp lokalfrågan.",
    "Nästa möte diskuterar vi rekrytering.",
    "Nästa möte går vi igenom stadgarna.",
    "Kommande möte ska vi arbeta med verksamhetsplanen.",
])
def test_fronted_next_meeting_returns(sentence: str) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, "next")


@pytest.mark.parametrize("sentence", [
    "Nästa möte diskuterar vi inte budgeten.",
    "Förra gången diskuterade vi rekrytering.",
    "Nästa år ska vi diskutera rekrytering.",
    "Nästa gång Anna kommer ska vi diskutera rekrytering.",
])
def test_no_fronted_next_meeting(sentence: str) -> None:
    assert classify(sentence, MAY_2021) is None


def test_fronted_next_meeting_with_another_body_is_no_return() -> None:
    f = classify("Nästa gång ska vi ta upp frågan med kommunstyrelsen.", MAY_2021)
    assert f is None or f.status is not ItemStatus.RETURNS
