"""A page marker "2/2" alone on a line is no date (planner.extract.events).

Minutes printed with "page N of M" markers ("2/2", "1/4") between paragraphs: the digits read as a day
and month, but a one-digit page no later than the count, alone on its line, is the page. Look-alikes: a
date in a sentence ("Nästa möte 2/3 kl 18"), a day after its month ("5/3") and two-digit days stay dates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.dates import find_dates
from planner.extract.events import _page_of_pages, _Place

DOC = Path(__file__).parents[1] / "data" / "extra" / "docs" / "857_alingsas-biodlareforening-styrelse-171121.txt"


def is_page(text: str) -> bool:
    dm = find_dates(text, after=date(2017, 11, 21))[0]
    start = text.rfind("\n", 0, dm.start) + 1
    end = text.find("\n", dm.end)
    place = _Place(start, end if end >= 0 else len(text), start, end, "", "", "", 0)
    return _page_of_pages(text, place, dm)


@pytest.mark.parametrize(("text", "want"), [
    ("skapa utskick.\n\n2/2\n\n10 Övriga frågor", True),
    ("Protokoll\n1/4\n\nNärvarande", True),
    # look-alikes
    ("Nästa möte 2/3 kl 18.\n", False),
    ("Styrelsen träffas nästa gång:\n\n5/3\n\nÖvriga frågor", False),
    ("Träffar:\n\n12/12\n\nÖvrigt", False),
])
def test_page_marker_line(text: str, want: bool) -> None:
    assert is_page(text) is want


def test_page_marker_in_real_minutes_gives_no_event() -> None:
    r = extract_minutes(DOC)
    assert all(e.date != "2018-02-02" for e in r.events)


def test_lone_marker_under_next_meeting_heading_stays_a_date() -> None:
    from planner.extract import extract_text
    from planner.extract.text import minutes_from_text
    r = extract_text(minutes_from_text("Styrelsemöte 2017-11-21\n\nNästa möte:\n2/2\n\nÖvrigt\n"))
    assert [e.date for e in r.events] == ["2018-02-02"]
