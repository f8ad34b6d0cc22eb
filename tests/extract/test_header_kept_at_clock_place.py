"""A "Protokoll fört vid ..." title sentence gives the hour and the place after the meeting it names: "1 Protokoll
fört vid styrelsemöte nr 5 onsdagen den 2/ kl. 16 i Hembygdsmuseet 1 Mötets öppnande ..." (a flattened copy, the
day's month lost). The start is 16:00, the venue Hembygdsmuseet. Look-alikes: an hour after the sentence's full
stop (another matter's), a platform after "i", a lower-case word after "i"."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_BELOW = (" 1 Mötets öppnande Öppnande Föreningens ordförande Sven Hugosson förklarade styrelsemötet öppnat. 2 Upprop "
          "Upprop Närvarande ledamöter: Sven Hugosson, Ingemar Jansson, Hans von Matérn.\n")


def _fields(title: str) -> tuple[str | None, str | None]:
    meeting = extract_meeting(minutes_from_text("Transkript\n\n1 " + title + _BELOW))[0]
    return meeting.start, meeting.venue


@pytest.mark.parametrize(
    ("title", "fields"),
    [
        ("Protokoll fört vid styrelsemöte nr 5 onsdagen den 2/ kl. 16 i Hembygdsmuseet", ("16:00", "Hembygdsmuseet")),
        ("Protokoll fört vid styrelsemöte nr 5 onsdagen den 2/ kl. 18.30", ("18:30", None)),
        # look-alikes
        ("Protokoll fört vid styrelsemöte nr 5. Kaffe serveras kl. 16 i Hembygdsmuseet", (None, None)),
        ("Protokoll fört vid styrelsemöte nr 5 onsdagen den 2/ kl. 16 i Zoom", ("16:00", None)),
        ("Protokoll fört vid styrelsemöte nr 5 onsdagen den 2/ kl. 16 i samband med årsmötet", ("16:00", None)),
    ],
)
def test_kept_at_clock_and_place(title: str, fields: tuple[str | None, str | None]) -> None:
    assert _fields(title) == fields
