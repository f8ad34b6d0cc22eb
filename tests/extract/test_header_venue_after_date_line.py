"""A line of the head that is the meeting's day (a span of days, a weekday before it) and then, after a comma,
where it was held: "23 – 24 januari 2004, Fisketången, Kungshamn i Bohuslän", "Fredagen den 5 mars 2021,
Folkets hus". The rest is the venue. Look-alikes: a platform after the comma, a document word, a sentence after
the day, a line that is not the meeting's day."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _venue(line: str) -> str | None:
    text = ("Minnesanteckningar från möte med arbetsgruppen\n\n" + line + "\n\nNärvarande: Göran Ekström, Marie "
            "Sollengren och Rolf Karlsson från arbetsgruppen.\n\nFöreningen hade erbjudit oss att samlas hos dem.\n")
    return extract_meeting(minutes_from_text(text))[0].venue


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("23 – 24 januari 2004, Fisketången, Kungshamn i Bohuslän", "Fisketången, Kungshamn i Bohuslän"),
        ("Fredagen den 5 mars 2021, Folkets hus", "Folkets hus"),
        ("2021-03-05, Stadshuset, Växjö", "Stadshuset, Växjö"),
        # look-alikes
        ("2021-03-05, Teams", None),
        ("2021-03-05, Protokoll nr 3", None),
        ("2021-03-05, och vi började med att gå igenom dokumenten om hur ett brukarråd fungerar", None),
    ],
)
def test_place_after_date_line(line: str, venue: str | None) -> None:
    assert _venue(line) == venue
