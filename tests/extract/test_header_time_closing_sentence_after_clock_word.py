"""A sentence that opens with the clock word and closes the meeting ("Klockan 19.21 avslutades mötet.") is read as
the meeting's end, not as a time label whose clock starts the meeting. Labels with their hours, a start, or a clock
then an opening sentence keep being read as they were."""

from __future__ import annotations

import pytest

from planner.extract.header import closing_sentence_after_clock, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "closing"),
    [
        # the value after the label's word "Klockan" / "Kl"
        ("19.21 avslutades mötet.", True),
        ("20:29 förklarade ordföranden mötet avslutat.", True),
        ("16.45 avslutade ordföranden sammanträdet och tackade för visat intresse.", True),
        ("21.05 förklarades årsmötet avslutat", True),
        ("12.10 avslutas mötet", True),
        ("15:40 förklarade mötesordföranden sammanträdet avslutat", True),
        # look-alikes: hours and a place; a range; an opening sentence; a closing said without the clock first
        ("18.00-20.00 Plats: Stadshuset", False),
        ("13.00–15.30 (ajournering 14.00–14.15)", False),
        ("19:41 stängde ordföranden dörren och förklarade mötet öppnat.", False),
        ("18.00, mötet avslutas senast 20.00", False),
        ("kl 18.00 i Folkets hus", False),
    ],
)
def test_closing_sentence_after_clock(value: str, closing: bool) -> None:
    assert closing_sentence_after_clock(value) is closing


def test_closing_sentence_gives_the_end() -> None:
    text = (
        "Protokoll från Decemberfullmäktige 12 december 2016\n\nMåndagen den 12 december 2016\n\n"
        "§ 1 Mötets öppnande\nOrdföranden förklarade mötet öppnat.\n\n§ 2 Val av justerare\nAnna Ek valdes.\n\n"
        "Klockan 19.21 avslutades mötet.\n"
    )
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.start, meeting.end) == (None, "19:21")
