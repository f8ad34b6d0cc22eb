"""A title names the place after the meeting's day: "Protokoll vid styrelsemöte den 11 januari i
byalagsskolan", or with the day wrapped to the line below the meeting word. The place is taken when its last
word is a place noun; a body after "i" ("i Styrelsen"), a longer clause, or no meeting day is no place."""

from __future__ import annotations

import pytest

from planner.extract.header import Part, extract_meeting, venue_after_meeting_day
from planner.extract.text import minutes_from_text


def _parts(*lines: str) -> list[Part]:
    parts, at = [], 0
    for line in lines:
        parts.append(Part(line, at, 0))
        at += len(line) + 1
    return parts


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Protokoll vid styrelsemöte", "den 11 januari i byalagsskolan"), "byalagsskolan"),
        (("Protokoll fört vid styrelsemöte den 3 maj 2016 på Bygdegården",), "Bygdegården"),
        (("Minnesanteckningar från sammanträde", "den 2:a mars i Folkets hus."), "Folkets hus"),
        # look-alikes: a body after "i"; no meeting word; a clause after the place; no day
        (("Protokoll vid styrelsemöte", "den 11 januari i styrelsen"), None),
        (("Protokoll styrelsen", "den 11 januari i byalagsskolan"), None),
        (("Protokoll vid styrelsemöte den 11 januari i skolan där vi åt middag",), None),
        (("Protokoll vid styrelsemöte i byalagsskolan",), None),
    ],
)
def test_venue_after_meeting_day(lines: tuple[str, ...], expected: str | None) -> None:
    got = venue_after_meeting_day(_parts(*lines), 0)
    assert (got.value if got else None) == expected


def test_wrapped_title_gives_the_place() -> None:
    text = (
        "Möte 171101\n\nProtokoll vid styrelsemöte\nden 11 januari i byalagsskolan\n"
        "Närvarande: Roland, Tora, Ulla-Karin, Karin och Birgitta\n1. Mötets öppnande\n"
        "Roland hälsade alla välkomna och öppnade mötet.\n2. Val av protokolljusterare\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].venue == "byalagsskolan"
