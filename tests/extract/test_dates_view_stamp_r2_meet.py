"""A stored copy's upload date and view counter at the page's top ("27.09.2013 Views") is the page's, not the
minutes' date, title or an event (branch r2-meet)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.dates import is_page_frame
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("27.09.2013 Views", True),
        ("  3.2.2015 Views ", True),
        ("2019-04-12 Visningar", True),
        ("12/05/2016 views", True),
        # look-alikes: a title or sentence with a date, a counter without a date
        ("27.09.2013 Styrelsemöte", False),
        ("Protokoll 27.09.2013", False),
        ("34 Views (2)", False),
        ("27.09.2013 Views och nedladdningar ökade", False),
    ],
)
def test_view_stamp_is_page_frame(line: str, expected: bool) -> None:
    assert is_page_frame(line) is expected


PAGE = ("{stamp}\n\nKyrkorådets protokoll 9.7.2012 - Lemland-Lumparlands församling\n\n"
        "Sammanträdesprotokoll Datum: 02.07.2012\n\nKyrkorådet\n\n"
        "Sammanträdestid: Måndagen den 09.07.2012 kl.19.00-\n\n"
        "§ 73. Sammanträdets öppnande.\n\n§ 74. Val av protokolljusterare.\n")


@pytest.mark.parametrize(
    ("stamp", "date", "body"),
    [
        ("27.09.2013 Views", "2012-07-09", "Kyrkorådet"),
        ("05.01.2014 Visningar", "2012-07-09", "Kyrkorådet"),
    ],
)
def test_view_stamp_gives_no_date_title_or_event(stamp: str, date: str, body: str) -> None:
    got = extract_text(minutes_from_text(PAGE.format(stamp=stamp)))
    assert got.meeting.date == date
    assert got.meeting.body == body
    assert all(event.date != "2013-09-27" and event.date != "2014-01-05" for event in got.events)
