"""A title opened "Protokoll vid" / "Minnesanteckningar vid" names the document as "Protokoll från" does: the
body is read from the meeting word after it ("Protokoll vid styrelsemöte" gives "Styrelsen"). A title wrapped
onto a second line that opens with the day and month ("den 11 januari i byalagsskolan") ends on the first
line: the date is no part of the name, while a lower-case name's rest below it still joins."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Protokoll vid styrelsemöte\nden 11 januari i byalagsskolan", "Styrelsen"),
        ("Protokoll vid styrelsemöte den 11 januari 2017", "Styrelsen"),
        ("Minnesanteckningar vid styrelsemöte\nden 3:e mars i bygdegården", "Styrelsen"),
        ("Protokoll vid styrelsemöte\nden 11 januari", "Styrelsen"),
        ("Protokoll från styrelsemöte\nden 11 januari i byalagsskolan", "Styrelsen"),
        # look-alike: a wrapped name whose second line is no date still joins
        ("Minnesanteckningar från möte i Regionala\nsamverkansgruppen", "Regionala samverkansgruppen"),
    ],
)
def test_body_of_a_protokoll_vid_title(title: str, body: str) -> None:
    text = (
        f"Möte 2017-01-11\n\n{title}\nNärvarande: Roland, Tora, Ulla-Karin och Karin\n1. Mötets öppnande\n"
        "Roland hälsade alla välkomna och öppnade mötet.\n2. Val av protokolljusterare\nBirgitta valdes.\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].body == body
