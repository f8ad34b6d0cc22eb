"""A transcript that runs its items together on one line: the checking item ("3 Justering 1. Anna Berg utses
att justera dagens protokoll.") stands right before "4 Nästa sammanträde 1. Nästa ordinarie sammanträde ska
äga rum den 25 mars". The checking words of the sentence before do not make the next meeting's day a day
of the minutes' own paperwork. Look-alikes: the checking day itself, in its own sentence or under its label,
stays no event."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll landstingsstyrelsen 2015-02-25\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("said", "events"),
    [
        (("3 Justering 1. Anna Berg utses att jämte ordföranden justera dagens protokoll. 4 Nästa sammanträde 1. "
          "Nästa ordinarie sammanträde ska äga rum den 25 mars Muntlig information"), [("2015-03-25", "meeting")]),
        ("3 Justering Anna Berg utses att justera. 4 Nästa möte Nästa möte hålls den 12 mars.",
         [("2015-03-12", "meeting")]),
        ("Justeringens plats och tid: kansliet. Nästa sammanträde äger rum den 9 april.",
         [("2015-04-09", "meeting")]),
        # look-alikes: the checking day, however it is said
        ("3 Justering Anna Berg utses att justera. Protokollet justeras den 25 mars.", []),
        ("Anna Berg utses att justera. Justering sker den 2 mars.", []),
        ("Justeringens plats och tid: kansliet den 3 mars.", []),
    ],
)
def test_next_meeting_after_the_checking_item(said: str, events: list[tuple[str, str]]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n"))
    assert [(e.date, e.kind.value) for e in got.events] == events
