"""A day.month pair after the same month named by its name ("I oktober, preliminärt 23.10") is that day
(planner.extract.dates), as after a weekday or "den". Look-alikes: another month named ("I november,
preliminärt 23.10"), a time after "kl" ("i oktober kl 18.10"), a sum ("I oktober ca 23.10 kr") and a
sentence's end between them stay unread."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates

AFTER = date(2019, 4, 15)


@pytest.mark.parametrize(("text", "iso"), [
    ("I oktober, preliminärt 23.10, görs en dagsutflykt till Estland.", "2019-10-23"),
    ("Julfesten hålls i december, troligen 14.12.", "2019-12-14"),
    ("Höstmötet i september (preliminärt 21.9) i Borgå.", "2019-09-21"),
])
def test_day_dot_month_after_its_month(text: str, iso: str) -> None:
    assert iso in [f.iso for f in find_dates(text, after=AFTER)]


@pytest.mark.parametrize("text", [
    "I november, preliminärt 23.10, görs en dagsutflykt.",
    "Vi ses i oktober kl 18.10 vid porten.",
    "I oktober ca 23.10 kr per medlem.",
    "Resan blir i oktober. 23.10 är priset.",
])
def test_no_day(text: str) -> None:
    assert not [f for f in find_dates(text, after=AFTER) if f.kind.value == "day"]
