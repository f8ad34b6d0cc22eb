"""A day/month date whose year follows after a dash, typed as an en dash as word processors make it
("Tid: 18/7 – 2010"): road and village associations write their meeting day so. The hyphen form
("18/7 - 2010", "18/7-2010") was read already; look-alikes that are no such date stay unread."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, find_dates
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("text", "iso"), [
    ("Tid: 18/7 – 2010", "2010-07-18"),
    ("Tid: 18/7 - 2010", "2010-07-18"),
    ("Datum: 3/11–2012", "2012-11-03"),
    ("Årsmöte söndagen 5/6 – 2011 kl 10", "2011-06-05"),
])
def test_day_month_dash_year_is_a_date(text: str, iso: str) -> None:
    assert [f.value for f in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", [
    "Paragraf 18/7 – 20100",  # five digits: no year
    "Tabell 3/4 – 12 st",  # no four-digit year
    "Röstning 12/30 – 2010 ja",  # no month 30
    "Ärende 2018/7 – 2010",  # a diary number, not a day/month
])
def test_look_alikes_are_no_day_month_dash_year(text: str) -> None:
    assert find_dates(text) == []


def test_road_association_header_dated_by_day_month_dash_year() -> None:
    text = ("Årsmöte 2010\n\nProtokoll för Skäret Vägförening\n\nPlats: Sabelströms\n\nTid: 18/7 – 2010\n\n"
            "Närvarande:\n\nAnna Berg, Per Ek\n\n1. Räkenskaperna\n\nKassören redogjorde.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.date == "2010-07-18"
