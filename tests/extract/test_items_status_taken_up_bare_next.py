"""A matter taken up "nästa gång" with no preposition comes back at the next meeting (planner.extract.items).

Informal notes drop the preposition: "Tas upp nästa gång", "Vi tar upp det nästa möte den 5 maj",
"Beslutas nästa gång". A verb that takes the matter up, up to two words, then the next meeting or
time. Look-alikes: the next meeting itself named after a label ("Beslut: nästa möte hålls den 5
maj"), another body's next meeting (referred), and a next week that is no meeting.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Tas upp nästa gång.",
    "Vi tar upp det nästa gång.",
    "Beslutas nästa gång.",
    "Frågan tas upp nästa gång vi ses.",
    "Vi tar upp det nästa möte den 5 maj.",
    "Behandlas kommande möte.",
])
def test_taken_up_next_time_returns(sentence: str) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, "next")


@pytest.mark.parametrize(("sentence", "status"), [
    ("Beslut: nästa möte hålls den 5 maj.", None),
    ("Diskuteras: nästa möte blir i maj.", None),
    ("Frågan diskuteras nästa vecka.", None),
    ("Frågan tas upp på ett kommande möte.", ItemStatus.RETURNS),  # a later meeting, undated (not "next")
    ("Frågan tas upp på kommunstyrelsens nästa möte.", ItemStatus.REFERRED),
])
def test_no_return_to_the_next_meeting(sentence: str, status: ItemStatus | None) -> None:
    f = classify(sentence, MARCH_2021)
    assert (f.status if f else None) is status
    assert f is None or f.when != "next"
