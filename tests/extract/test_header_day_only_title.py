"""A title whose words after "Protokoll" are only its day in a form the date patterns leave ("Protokoll 19
okt-10", "Protokoll 7 mars -23") names no body: the title below it does. Look-alikes: a name with a month's
word in it, a title with words after the day."""

from __future__ import annotations

import pytest

from planner.extract.header import _DAY_ONLY_NAME, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize("name", ["19 okt-10", "7 mars -23", "3 maj", "12 dec. '19", "1 Juni/21"])
def test_day_only(name: str) -> None:
    assert _DAY_ONLY_NAME.fullmatch(name)


@pytest.mark.parametrize("name", ["3 Maj-gruppen", "12 augusti kommittén", "19 okt-10 Styrelsen", "Oktobergruppen"])
def test_not_day_only(name: str) -> None:
    assert not _DAY_ONLY_NAME.fullmatch(name)


def test_body_below_day_only_title() -> None:
    text = ("Protokoll 19 okt-10\n\nProtokoll fört vid Älgskötselområde Lemnhult arbetsgrupps möte den 19 oktober 2010 "
            "hos Peter Johansson.\n\nNärvarande: Johnny Lindell, Ola Rosander.\n\n  1. Att justera dagens protokoll "
            "utsågs Johnny Lindell.\n")
    body = extract_meeting(minutes_from_text(text))[0].body
    assert body is not None and body.startswith("Älgskötselområde Lemnhult")
