"""A meeting named after the day as the one the meeting follows or adjoins ("konstituerande sammanträde efter
årsmötet", "styrelsemöte direkt efter årsmötet", "i anslutning till årsmötet") tells when it is held, not whose
it is: the day stays the body's own meeting, the next one when it comes first in its list. A day whose own
noun is another kind of meeting ("Årsmöte ... efter styrelsemötet", "Medlemsmöte inför årsmötet") is not."""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates

HEAD = "Protokoll styrelsemöte 2013-11-25\n\nNärvarande: Anna Berg, Olle Ek\n\n§ 8 Kommande sammanträden\n\n"

READ = [
    ("Måndagen den 14 januari konstituerande sammanträde efter årsmötet.\n\nMåndagen den 3 februari sammanträde.\n",
     "2014-01-14"),
    ("12 mars styrelsemöte direkt efter årsmötet.\n\n9 april styrelsemöte.\n", "2014-03-12"),
    ("20 mars sammanträde i anslutning till årsmötet.\n\n15 maj sammanträde.\n", "2014-03-20"),
    ("20 mars kort möte strax efter vårmötet.\n\n15 maj möte.\n", "2014-03-20"),
    ("Tisdagen den 14 januari styrelsemöte omedelbart efter årsmötet.\n\nTisdagen den 4 mars styrelsemöte.\n",
     "2014-01-14"),
]

NOT_OWN = [
    ("20 mars Årsmöte.\n\n15 maj styrelsemöte.\n", "2014-05-15"),
    ("20 mars Årsmöte efter styrelsemötet.\n\n15 maj styrelsemöte.\n", "2014-05-15"),
    ("20 mars Medlemsmöte inför årsmötet.\n\n15 maj styrelsemöte.\n", "2014-05-15"),
]


@pytest.mark.parametrize(("said", "next_meeting"), READ + NOT_OWN)
def test_meeting_after_other_meeting_is_own(said: str, next_meeting: str) -> None:
    assert event_dates(HEAD + said, "2013-11-25")[1] == next_meeting
