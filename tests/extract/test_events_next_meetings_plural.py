"""The next few meetings named together by a plural, maybe with a count: "§2. Nästa 2 styrelsemöten blir 21/10
och 9/12." (a tennis club's board), "Kommande styrelsemöten: tors 13/1, ons 10/2, tors 11/3" (a society's page).

The dates of such a sentence are a list of the body's meeting days (`_NEXT_MEETINGS`), so the first is its next
meeting. Before, "styrelsemöten" was no list cue (only a bare "möten" was) and the minutes gave no next meeting.

Look-alikes: one date only, another body's or the members' meetings ("kommande medlemsmöten"), meetings held
("styrelsemötena 21/10 och 9/12 protokollfördes"), and dates of other things after "nästa" give no next meeting.
"""

from __future__ import annotations

import pytest

from planner.extract.events import _NEXT_MEETINGS
from tests.extract.event_dates import event_dates

HEAD = "Styrelsemöte Kalmar TK 2014-08-28 - nr 5\n\n"


@pytest.mark.parametrize(
    ("body", "next_meeting"),
    [
        ("§2. Nästa 2 styrelsemöten blir 21/10 och 9/12.\n", "2014-10-21"),
        ("Kommande styrelsemöten: tors 16/10, ons 12/11, tors 11/12.\n", "2014-10-16"),
        ("De två nästa sammanträdena hålls den 15 oktober och den 3 december.\n", "2014-10-15"),
        ("Nästa två ordinarie styrelsemöten är 2014-10-02 och 2014-11-06.\n", "2014-10-02"),
        # look-alikes
        ("Kommande medlemsmöten blir 21/10 och 9/12.\n", None),
        ("Protokollen från styrelsemötena 21/10 och 9/12 2013 lades till handlingarna.\n", None),
        ("Nästa steg är att söka bidrag före 21/10 och redovisa före 9/12.\n", None),
    ],
)
def test_next_meetings_plural(body: str, next_meeting: str | None) -> None:
    assert event_dates(HEAD + body, "2014-08-28")[1] == next_meeting


@pytest.mark.parametrize(
    ("phrase", "hit"),
    [
        ("Nästa 2 styrelsemöten blir", True),
        ("Kommande styrelsemöten:", True),
        ("de två nästa sammanträdena", True),
        ("nästkommande möten", True),
        ("kommande medlemsmöten", False),
        ("nästa studieträffar", False),
        ("nästa möte", False),
        ("styrelsemötena", False),
    ],
)
def test_next_meetings_cue(phrase: str, hit: bool) -> None:
    assert bool(_NEXT_MEETINGS.search(phrase)) is hit
