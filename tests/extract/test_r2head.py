"""Round r2head: the meeting's clock on its dated line below a website's menu.

Club pages put a navigation menu (one word a line) above the minutes, so the line that gives the meeting's
day and clock ("Styrelsemöte 2020-01-07 kl. 13.00 i Vuxenskolans lokal.") lay beyond the first lines that
were searched for a clock, and the start was lost.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text

MENU = "Start\n\nStyrelsen\n\nProtokoll\n\nProgram\n\nBli medlem\n\nLänkar\n\nKontakt\n\nArkiv\n\nBilder\n\nNyheter\n\n"


def meeting_of(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


@pytest.mark.parametrize(
    ("line", "date", "start"),
    [
        ("Styrelsemöte 2020-01-07 kl. 13.00 i Vuxenskolans lokal.", "2020-01-07", "13:00"),  # held 1156
        ("Protokoll fört vid styrelsemöte 2017-10-18, kl 09.30 i Korsvirket, Ystad", "2017-10-18", "09:30"),  # 871
        ("Medlemsmöte 2017-09-21 klockan 19:30 i Q24.", "2017-09-21", "19:30"),  # held 357
        ("Styrelsemöte 22 april 2014 kl. 17.00", "2014-04-22", "17:00"),  # held 1169
        ("Protokoll fört vid sammanträde torsdagen den 21 april 2005, kl 13.00, i Ale gymnasium",
         "2005-04-21", "13:00"),
        ("Protokoll från styrelsemöte den 23 september 2013 kl. 19.00 i klubbstugan", "2013-09-23", "19:00"),  # 652
    ],
)
def test_clock_on_dated_line_below_menu(line: str, date: str, start: str) -> None:
    meeting = meeting_of(MENU + line + "\n\nNärvarande: Anna Berg, Bo Ek\n\n1. Mötets öppnande\n")
    assert meeting.date == date
    assert meeting.start == start


def test_place_after_the_clock_follows_below_menu() -> None:
    meeting = meeting_of(MENU + "Styrelsemöte 2020-01-07 kl. 13.00 i Vuxenskolans lokal.\n\nNärvarande: Anna Berg\n")
    assert (meeting.start, meeting.venue) == ("13:00", "Vuxenskolans lokal")


@pytest.mark.parametrize(
    "text",
    [
        # no clock on the dated line: a clock further down is some other thing's
        "Styrelsemöte 2020-01-07 i Vuxenskolans lokal.\n\n1. Utflykt\nVi samlas kl. 09.00 vid kyrkan.\n",
        # a clock on the line under the dated one is not the dated line's
        "Styrelsemöte 2020-01-07\n\nKaffe serveras i foajén kl. 12.30 till alla medlemmar.\n\n1. Mötets öppnande\n",
        # another day's clock in an item
        "Styrelsemöte 2020-01-07\n\n1. Program\nÖppet hus kl. 13.00 den 8 februari 2020 i klubbstugan.\n",
    ],
)
def test_no_start_from_other_clocks_below_menu(text: str) -> None:
    assert meeting_of(MENU + text).start is None
