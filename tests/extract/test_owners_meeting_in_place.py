"""A title naming the owner of the meeting in the genitive, then the place after "i", before the day
("Protokoll fört vid Ågesta OK´s styrelsemöte i Sköndal torsdagen den 31 maj 2001."): the owner names
the body, so what follows "i" is the place (`header.owners_meeting_in_place`). Without an owner before
the meeting word, what follows "i" may be the association ("Protokoll från årsmöte i Villaföreningen
Rosen torsdagen den 1 ..."), and is not read as a place here."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = "\n\nNärvarande: Rune Tjörnfors, Petra Lindell, Key Lindell.\n\n§62. Mötets öppnande. Mötet öppnades.\n"


@pytest.mark.parametrize(("head", "body", "venue"), [  # body None: another reader names it first
    # real title
    ("Protokoll fört vid Ågesta OK´s styrelsemöte i Sköndal torsdagen den 31 maj 2001.", "Ågesta OK, styrelsen",
     "Sköndal"),
    ("Protokoll fört vid Ågesta OK:s styrelsemöte i Sköndal den 31 maj 2001.", None, "Sköndal"),
    ("Protokoll från Hjortens Båtklubbs årsmöte i Klubbstugan 2001-05-31", None, "Klubbstugan"),
])
def test_owner_in_genitive_and_place(head: str, body: str | None, venue: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + _TAIL))
    assert meeting.venue == venue
    if body is not None:
        assert meeting.body == body


@pytest.mark.parametrize("head", [
    "Protokoll från årsmöte i Villaföreningen Rosen torsdagen den 31 maj 2001",  # the association after "i"
    "Protokoll fört vid styrelsemöte i Figeholms båtklubb den 31 maj 2001",
])
def test_no_owner_before_meeting_word_gives_no_place(head: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + _TAIL))
    assert meeting.venue is None
