"""A head line that is a place, a comma and its town, then the meeting's date and perhaps its time ("Nygatan,
Växjö 2013-11-25 kl 13.00", "Stadshuset, Ljungby 4 mars 2019 kl. 13.00-16.00") gives the venue. A line
whose first words name a body ("Kommunstyrelsen, Ljungby 2019-03-04"), a line that goes on after the time,
and a line dated another day give none.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

TITLE = "Protokoll fört vid sammanträde med\nVäxjö stifts kyrkosångsförbunds styrelse\n"
BELOW = "\n\nNärvarande: Peter Wänehag, Mona Wallinder och Kalle Engqvist\n\n§ 1 Ordföranden öppnade sammanträdet.\n"


@pytest.mark.parametrize(("line", "day", "venue"), [
    ("Nygatan, Växjö 2013-11-25 kl 13.00", "2013-11-25", "Nygatan, Växjö"),
    ("Stadshuset, Ljungby 4 mars 2019 kl. 13.00-16.00", "2019-03-04", "Stadshuset, Ljungby"),
    ("Folkets hus, Tranås, 2022-09-12", "2022-09-12", "Folkets hus, Tranås"),
    ("Församlingshemmet, Alvesta den 3 februari 2014 kl. 18", "2014-02-03", "Församlingshemmet, Alvesta"),
    ("Sunnerbogården, Ljungby 2011-10-29", "2011-10-29", "Sunnerbogården, Ljungby"),
])
def test_place_town_date_line(line: str, day: str, venue: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(TITLE + line + BELOW))
    assert (meeting.date, meeting.venue) == (day, venue)


@pytest.mark.parametrize("line", [
    "Kommunstyrelsen, Ljungby 2013-11-25",  # a body and its town
    "Styrelsemöte, Växjö 2013-11-25",  # a meeting word
    "Nygatan, Växjö 2013-11-25 kl 13.00 och därefter lunch för alla som vill stanna kvar",  # goes on
])
def test_no_venue_from_other_lines(line: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(TITLE + line + BELOW))
    assert meeting.venue is None or not meeting.venue.endswith("Växjö")
