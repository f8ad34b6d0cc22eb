"""A time range right after an abbreviation's dot, with no space ("Tid: den 26 mars 2008,
k.18.30-19.45", "tisd.18.00-20.00"): a dot after a letter closes a short word, as "kl." does, and
is no decimal point. A dot after a digit still is ("1.10.00-12.00": no range of hours)."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, find_time_range
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("text", "hours"), [
    ("Tid: den 26 mars 2008, k.18.30-19.45", ("18:30", "19:45")),
    ("Tid: tisd.18.00-20.00", ("18:00", "20:00")),
    ("Tid: ca.13.15–15.00", ("13:15", "15:00")),
    ("Tid: kl.18.30-19.45", ("18:30", "19:45")),  # read before as well
])
def test_range_after_abbreviation_dot(text: str, hours: tuple[str, str]) -> None:
    for everywhere in (False, True):
        found = find_time_range(text, everywhere=everywhere)
        assert found is not None
        assert (found[0].value, found[1].value) == hours


@pytest.mark.parametrize("text", [
    "Bilaga 1.10.00-12.00",  # a dot after a digit: part of a number
    "Konto 2019.10.30-11.15",  # likewise
    "Version 3.18.30-19.45",
])
def test_dot_after_digit_opens_no_range(text: str) -> None:
    assert find_time_range(text) is None


def test_annual_meeting_hours_after_k_dot() -> None:
    text = ("ÅRSMÖTESPROTOKOLL\n\n2008-03-26\n\nProtokoll vid Villaföreningen Södra Utmarkens årsmöte 2008\n\n"
            "Plats: Matsalen, Södra Utmarkens skola, Ängelholm\nTid: den 26 mars 2008, k.18.30-19.45\n\n"
            "Närvarande: Jan Persson, vice ordförande\n\n§ 1 Vice ordföranden öppnade mötet.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.start, meeting.end) == ("18:30", "19:45")
