"""A day line followed by a line opening with the meeting and its place dates the minutes and gives the place.

"Möten 2019" / "Den 30 oktober 2019. Noteringar Ami Lönnroth" / "Den 28 februari 2019" / "möte på ABF med nye
ordföranden i Kultur- och Fritidsförvaltningen ...": a page of several meetings' notes, a later one's link above;
the text records the meeting whose day stands right above it. Before, the link's day was taken and "Den" as the
place.

Look-alikes: a "möte på" line under a line with more than a day keeps the date the other rules find.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_BODY = ("David Winerdal var trevlig, lyhörd och alert och har en egen kulturpolitisk vilja.\n"
         "Nästa möte blir på Saltskog gård. Datum måndag 8 april kl 18:30 som vanligt.\n")


@pytest.mark.parametrize(
    ("head", "date", "venue"),
    [
        (("Det nya Kulturnätverket\n\nMöten 2019\n\nDen 30 oktober 2019. Noteringar Ami Lönnroth\nDen 28 februari 2019\n"
         "möte på ABF med nye ordföranden i Kultur- och Fritidsförvaltningen David Winerdal.\n"),
         "2019-02-28", "ABF"),
        ("Nätverket\n\n12 mars 2020\nmöte i Folkets Hus, Södertälje\n", "2020-03-12", "Folkets Hus"),
        # look-alikes
        ("Nätverket\n\nDen 30 oktober 2019. Noteringar Ami Lönnroth\nmöte på ABF med ordföranden.\n", "2019-10-30", "*"),
        ("Nätverket den 28 februari 2019\nmöte på biblioteket med ordföranden.\n", "2019-02-28", "*"),
        ("Nätverket\n\nDen 30 oktober 2019. Noteringar\nDen 28 februari 2019\nmöte i Styrelsen.\n", "2019-10-30", "*"),
    ],
)
def test_day_line_then_meeting_place(head: str, date: str, venue: str | None) -> None:
    meeting = extract_text(minutes_from_text(head + _BODY)).meeting
    assert meeting.date == date
    if venue != "*":  # (look-alikes: the place is left to the other rules)
        assert meeting.venue == venue
