"""A matter to be adopted at a later meeting named with its date comes back then (planner.extract.items).

"6. Verksamhetsberättelse 2020 ... Beslut: Underlaget fastställs vid styrelsemöte 210418" (816): a matter to be
adopted ("fastställs", "beslutas", "godkänns", "klubbas", "beslut fattas") at a meeting named right after the
verb ("vid", "på", "under", a few words between) with a date after this meeting's returns at that date. Without
a date it stays as it was ("fastställs vid nästa styrelsemöte" is the next meeting, read elsewhere). Look-alikes:
another body's meeting ("fastställs av fullmäktige vid sammanträdet den 14 juni"), today's meeting, a past
meeting ("fastställdes vid mötet den 12 februari", "Protokollet från mötet 2021-02-23 godkänns"), a meeting
without a date, and scheduling a meeting ("Beslutas att nästa möte hålls den 12 april").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 23)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Beslut: Underlaget fastställs vid styrelsemöte 210418", "2021-04-18"),
    ("Underlaget fastställs vid styrelsemötet den 18 april.", "2021-04-18"),
    ("Budgeten beslutas på mötet den 12 maj.", "2021-05-12"),
    ("Verksamhetsplanen godkänns vid sammanträdet 2021-04-20.", "2021-04-20"),
    ("Beslut fattas på styrelsemötet 6 april.", "2021-04-06"),
    ("Verksamhetsplanen fastställs först vid det extra styrelsemötet den 6 april.", "2021-04-06"),
    ("Policyn klubbas på mötet 21 april.", "2021-04-21"),
])
def test_adopted_at_dated_meeting_returns(sentence: str, when: str) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, when)


@pytest.mark.parametrize("sentence", [
    "Planen fastställs vid mötet.",
    "Dagordningen fastställs.",
    "Budgeten fastställs av fullmäktige vid sammanträdet den 14 juni.",
    "Protokollet från mötet 2021-02-23 godkänns.",
    "Verksamhetsplanen fastställs vid dagens möte den 23 mars.",
    "Beslutas att nästa möte hålls den 12 april.",
    "Budgeten fastställdes vid mötet den 12 februari.",
    "Beslut fattades på styrelsemötet den 12 februari.",
])
def test_no_adoption_at_a_later_dated_meeting(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None
