"""The opening of a show named by its vernissage or premiere is a gathering, kind "other", not a "milestone":
"Herderutställningen öppnar med vernissage en vecka före beräknat, den 12/4", "Premiär för vårens revy 3 maj".

`_kind` tests `SHOW_OPENING_CUES` before the milestone cues ("öppnar", "startar"). Before, the verb "öppnar" made
the vernissage a milestone.

Look-alikes: a thing that opens without a show ("Den nya badhuset öppnar den 12/4") stays a milestone, and a
workshop or trip named in the sentence keeps its kind.
"""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid Helsingborgs konstförenings styrelsemöte den 9 januari 2008\n\n5. Medlemsprojekt\n"


def _kinds(body: str) -> list[str]:
    doc = minutes_from_text(HEAD + body)
    meeting, _ = extract_meeting(doc)
    events, _, _ = extract_events(doc, meeting, [], [])
    return [e.kind.value for e in events]


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (("Herderutställningen öppnar med vernissage en vecka före beräknat, den 12/4, och det är oklart när den "
         "slutar.\n"), ["other"]),
        ("Utställningen öppnar med vernissage lördag 15 mars kl 13.\n", ["other"]),
        # look-alikes
        ("Det nya badhuset öppnar den 12/4 för allmänheten.\n", ["milestone"]),
        ("Workshop om utställningen den 12/4 i lokalen.\n", ["workshop"]),
    ],
)
def test_show_opening_kind(body: str, kinds: list[str]) -> None:
    assert _kinds(body) == kinds
