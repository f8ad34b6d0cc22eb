"""A meeting named by its month in one word gives that month (planner.extract.items).

"Frågan bordläggs till junimötet", "Ärendet tas upp på decembermötet", "återkommer på
septembersammanträdet": the matter comes back at the meeting of that month, as "till mötet i juni"
does. Look-alikes: a past meeting named so ("Frågan diskuterades på marsmötet": nothing comes back),
a plural ("junimöten": no one meeting), and a month and meeting noun apart, which read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify, when_of
from planner.extract.model import ItemStatus

P, R = ItemStatus.POSTPONED, ItemStatus.RETURNS
MAY_2021 = date(2021, 5, 10)


@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Frågan bordläggs till junimötet.", P, "2021-06"),
    ("Punkten skjuts till septembermötet.", P, "2021-09"),
    ("Ärendet tas upp på decembermötet.", R, "2021-12"),
    ("Ärendet tas upp på augustimötet.", R, "2021-08"),
    ("Frågan återkommer på Septembersammanträdet.", R, "2021-09"),
    ("Punkten flyttas till februariträffen.", P, "2022-02"),
])
def test_month_named_meeting_gives_its_month(sentence: str, status: ItemStatus, when: str) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.when) == (status, when)


@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Frågan diskuterades på marsmötet.", None, None),
    ("Frågan bordläggs till junimöten.", P, None),
    ("Frågan tas upp på mötet i juni.", R, "2021-06"),
])
def test_month_named_meeting_look_alikes(sentence: str, status: ItemStatus | None, when: str | None) -> None:
    f = classify(sentence, MAY_2021)
    assert (f.status if f else None, f.when if f else None) == (status, when)


def test_when_of_reads_the_month_of_a_named_meeting() -> None:
    assert when_of("till oktobersammanträdet", MAY_2021) == "2021-10"
    assert when_of("till sammanträdet", MAY_2021) is None
