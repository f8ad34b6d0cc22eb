"""An invitation to a meeting (kallelse, inbjudan) that gives the meeting's weekday, day and month and no year
("Ledamöterna inbjuds att delta i GRs förbundsstyrelses sammanträde i Alingsås, fredagen 12 februari",
"Kommunstyrelsen kallas till sammanträde tisdagen den 9 mars kl 9.00") dates the meeting in the one year written in
the text in which that day falls on that weekday, over a later full date in the papers. The invitation itself is
no topic announced for a later meeting, and "Lokaler:" names the venue. Look-alikes: the next meeting after an
invitation's word, no year that fits the weekday, two years that fit."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

PAPERS = ("\n\nStyrelseärende\nVal av ombud till bolagsstämmor 2016\nFörslag till beslut: Att till ombud vid "
          "bolagsstämman 4 mars 2016 utse Hans Bergfelt (M), Mölndal.\n")

CASES = [
    pytest.param("Ledamöter och ersättare i Alingsås kommunstyrelse inbjuds att delta i GRs förbundsstyrelses "
                 "sammanträde i Alingsås, fredagen 12 februari. Sammanträdet avslutas med lunch kl. 12. "
                 "Lokaler: Grand Hotel, Bankgatan 1, Alingsås" + PAPERS,
                 "2016-02-12", "Grand Hotel, Bankgatan 1, Alingsås", id="invited-to-board-meeting"),
    pytest.param("Kommunstyrelsens ledamöter kallas till sammanträde tisdagen den 9 februari kl 9.00 i "
                 "Kommunhuset." + PAPERS, "2016-02-09", None, id="called-to-meeting"),
    pytest.param("Varmt välkomna till styrelsemöte onsdagen den 10 februari i Folkets hus." + PAPERS,
                 "2016-02-10", None, id="welcome-to-board-meeting"),
    pytest.param("Samrådsgruppen bjuds in till mötet på Stadshuset, måndagen 15 februari." + PAPERS,
                 "2016-02-15", None, id="invited-to-meeting-at-place"),
    # look-alikes: the next meeting, a weekday that fits no year written, a day that fits two years
    pytest.param("Ledamöterna kallas till nästa sammanträde fredagen 12 februari." + PAPERS,
                 "2016-03-04", None, id="next-meeting"),
    pytest.param("Ledamöterna kallas till sammanträde torsdagen 12 februari." + PAPERS,
                 "2016-03-04", None, id="weekday-fits-no-year"),
    pytest.param("Ledamöterna kallas till sammanträde fredagen 12 februari. Budget 2010." + PAPERS,
                 "2016-03-04", None, id="weekday-fits-two-years"),
]


@pytest.mark.parametrize(("text", "day", "venue"), CASES)
def test_invitation_weekday_day_dates_the_meeting(text: str, day: str, venue: str | None) -> None:
    x = extract_text(minutes_from_text(text))
    assert x.meeting.date == day
    if venue is not None:
        assert x.meeting.venue == venue
    assert all(c.when != x.meeting.date for c in x.carry)
    assert x.next_meeting != x.meeting.date
