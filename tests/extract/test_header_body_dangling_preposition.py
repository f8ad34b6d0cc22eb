"""A title line that ends with the preposition its name hangs on ("Protokoll fört vid styrelsemöte med",
"Beredningsgruppen för") goes on with the name on the next line, whatever its case and across one blank line;
a place after "i"/"på" there ("Håns Byalag i Byahuset") is the venue, not part of the name. Look-alikes: a title
that ends with no such word, a place that is no place noun, a line below that is a date."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_BELOW = "\n2014-10-13.  Kl.19.00.\n\nNärvarande: Kjell Dahlström, Lena Persson och Bo Eriksson.\n1: Mötets öppnande\n"


@pytest.mark.parametrize(
    ("head", "body", "venue"),
    [
        ("Protokoll fört vid styrelsemöte med\n\nHåns Byalag i Byahuset\n", "Håns Byalag", "Byahuset"),
        ("Protokoll fört vid styrelsemöte med\nHåns Byalag i Byahuset\n", "Håns Byalag", "Byahuset"),
        ("MINNESANTECKNINGAR\nBeredningsgruppen för\nHöje å vattenråd\n", "Beredningsgruppen för Höje å vattenråd", None),
        ("Protokoll fört vid sammanträde med\n\nKyrkorådet, i Dalby församling\n", "Kyrkorådet", None),
        # look-alikes
        ("Protokoll fört vid styrelsemöte med\nHåns Byalag i Hån\n", None, None),  # Hån: no place noun
        ("Protokoll styrelsemöte\nHåns Byalag i Byahuset\n", None, None),  # no preposition left hanging
    ],
)
def test_dangling_preposition_title(head: str, body: str | None, venue: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(head + _BELOW))[0]
    assert meeting.venue == venue
    if body is not None:  # the look-alikes' bodies are other rules' (the venue is what must not come)
        assert meeting.body == body
