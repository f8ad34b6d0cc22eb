"""The body's own session named in one word after "nästa" / "kommande" is the next meeting (planner.extract.items).

"Frågan tas upp på nästa nämndsammanträde", "Ärendet bordläggs till nästkommande nämndsammanträde",
"återkommer till nästa styrelsesammanträde": the matter comes back at the next meeting, as after "nästa
sammanträde". Look-alikes: another body's session ("nästa kommunstyrelsesammanträde",
"kommunfullmäktiges nästa sammanträde") is no next meeting of this body, and a session named without
"nästa" ("Frågan diskuterades på nämndsammanträdet") brings nothing back.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

P, R = ItemStatus.POSTPONED, ItemStatus.RETURNS
MAY_2021 = date(2021, 5, 26)


@pytest.mark.parametrize(("sentence", "status"), [
    ("Frågan tas upp på nästa nämndsammanträde.", R),
    ("Ärendet bordläggs till nästkommande nämndsammanträde.", P),
    ("Ärendet återkommer till nästa styrelsesammanträde.", R),
    ("Frågan tas upp på nästa rådssammanträde.", R),
    ("Punkten flyttas till kommande utskottssammanträde.", P),
])
def test_next_session_in_one_word(sentence: str, status: ItemStatus) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.when) == (status, "next")


@pytest.mark.parametrize("sentence", [
    "Frågan tas upp på nästa kommunstyrelsesammanträde.",
    "Ärendet tas upp på kommunfullmäktiges nästa sammanträde.",
    "Frågan diskuterades på nämndsammanträdet.",
])
def test_no_next_session_of_this_body(sentence: str) -> None:
    f = classify(sentence, MAY_2021)
    assert f is None or f.when != "next"
