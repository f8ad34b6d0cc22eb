"""A web summary that opens with the next meeting: "Nästa styrelsemöte planeras till 2 juli 2018." above "Vid
styrelsemötet den 14 maj 2018 beslutades bland annat följande:". A full date written before the meeting's own date
and a few weeks after it is usually the day the minutes were written (`_document_date`); one that "Nästa möte" names
on its own line is the next meeting's day. Before, the next meeting was dropped as the writing's date.

Look-alikes: a bare date line or "Datum:" above the minutes of a meeting stays the writing's date, no event.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text

OWN = ("Vid styrelsemötet den 14 maj 2018 beslutades bland annat följande:\n"
       " • Att ett nytt draperi skall inköpas till glasväggen.\n")


@pytest.mark.parametrize(
    ("head", "dates"),
    [
        ("Styrelsemöten\n\nNästa styrelsemöte planeras till 2 juli 2018. Tag gärna kontakt med styrelsen.\n\n",
         ["2018-07-02"]),
        ("Möten\n\nNästa möte blir den 2 juli 2018.\n\n", ["2018-07-02"]),
        # look-alikes
        ("Glommens bygdegård\n2 juli 2018\n\n", []),
        ("Nästa möte\n\nDatum: 2 juli 2018\n\n", []),
    ],
)
def test_next_meeting_before_own_date(head: str, dates: list[str]) -> None:
    text = head + OWN
    at = text.index("14 maj 2018")  # the meeting's own date, as the header reads it from the running text
    doc = minutes_from_text(text)
    meeting = Meeting(date="2018-05-14", spans={"date": doc.span(at, at + len("14 maj 2018"))})
    events, _, _ = extract_events(doc, meeting, [], [])
    assert sorted(e.date for e in events) == dates
