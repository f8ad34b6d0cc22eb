"""A wait until a day of the calendar, naming no meeting, is a deadline (planner.extract.items).

"Vi avvaktar till den 12 oktober med att ta ställning om konferensen ska avblåsas": the group sets a
day to decide by (events reads "avvaktar till" as a deadline too); the item is not put off to a later
meeting. Look-alikes that still put the item off: a wait until a meeting ("avvaktar till mötet den 12
oktober", "till nästa möte"), a wait with the matter first ("Vi avvaktar med beslut till den 12
oktober"), and other verbs of putting off ("Frågan bordläggs till den 12 oktober").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

OCTOBER_2012 = date(2012, 10, 2)


@pytest.mark.parametrize("sentence", [
    "Vi avvaktar till den 12 Oktober med att ta ställning om konferensen skall avblåsas.",
    "Vi avvaktar till fredagen den 12 oktober med att ta ställning.",
    "Gruppen avvaktar till 12 oktober innan vi bestämmer oss.",
])
def test_wait_until_a_day_is_no_deferral(sentence: str) -> None:
    assert classify(sentence, OCTOBER_2012) is None


@pytest.mark.parametrize(("sentence", "when"), [
    ("Styrelsen avvaktar till mötet den 12 oktober med beslut.", "2012-10-12"),
    ("Vi avvaktar till sammanträdet den 12 oktober.", "2012-10-12"),
    ("Vi avvaktar till nästa möte med att ta ställning.", "next"),
    ("Vi avvaktar med beslut till den 12 oktober.", "2012-10-12"),
    ("Frågan bordläggs till den 12 oktober.", "2012-10-12"),
])
def test_wait_until_a_meeting_puts_off(sentence: str, when: str) -> None:
    f = classify(sentence, OCTOBER_2012)
    assert f is not None and (f.status, f.when) == (ItemStatus.POSTPONED, when)
