"""A bare clock with its minutes right after the meeting's own day, before its place or at the sentence's end
("... byaråd måndagen den 16 april 19.00 i Romma bystuga."): the start, and the place after it the venue, as with
"kl 19.00". Look-alikes: a clock after another day, a clock that a heading or word follows, a year after the day."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("Med detta kallas byarnas representanter till möte med Rönnäs fjärdings byaråd måndagen den 16 april 19.00 "
          "i Romma bystuga."), ("19:00", "Romma bystuga")),
        ("Välkomna till årsmöte i föreningen tisdagen den 16 april 2019 18.30 på Folkets hus.",
         ("18:30", "Folkets hus")),
        ("Styrelsen kallas till sammanträde den 16 april 2019, 13.15 i Sessionssalen.", ("13:15", "Sessionssalen")),
        ("Byalaget håller möte den 16 april 19:00.", ("19:00", None)),
        # look-alikes
        ("Styrelsen kallas till sammanträde den 16 april 2019. Anmälan senast den 10 april 12.00 i receptionen.",
         (None, None)),
        ("Styrelsen kallas till sammanträde den 16 april 2019 18.00 Middag serveras.", (None, None)),
        ("Styrelsen kallas till sammanträde den 16 april 2019 i Sessionssalen.", (None, "Sessionssalen")),
    ],
)
def test_bare_clock_after_the_meetings_day(line: str, expected: tuple[str | None, str | None]) -> None:
    text = f"Kallelse till möte 2019-04-16\n\n{line}\n\nÄrenden\n\n1. Mötets öppnande\n2. Val av justerare\n"
    m = extract_meeting(minutes_from_text(text))[0]
    assert (m.start, m.venue) == expected
