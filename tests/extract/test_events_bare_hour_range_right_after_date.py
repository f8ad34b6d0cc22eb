"""An hour range written without "kl" ("5 maj 18-20") is the event's hours only right after its date;
past a word it is something else ("30/8 Årskurs 6-9 kl. 18.30": grades, then the hour; "hållas 27 juli,
byloppisen mellan 10-15": one part of the day)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll föräldrarådet 2012-08-20\n\nNärvarande: Anna Berg, Olle Ek\n\n3. Föräldramöten\n\n"


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("Föräldramöte 30/8 18-20 i matsalen.", ("18:00", "20:00")),
        ("Föräldramöte 30/8, 18-20 i matsalen.", ("18:00", "20:00")),
        ("Föräldramöte 30/8 kl 18-20 i matsalen.", ("18:00", "20:00")),
        ("Föräldramöte 30/8 mellan 18-20 i matsalen.", ("18:00", "20:00")),
        ("Föräldramöte 30/8 (18-20) i matsalen.", ("18:00", "20:00")),
        ("30/8 Årskurs 6-9 kl. 18.30 i Caféet.", ("18:30", None)),
        # look-alikes: a range past a word is no hour of the day
        ("Byfesten ska hållas 30/8, byloppisen mellan 10-15 och festen på kvällen.", (None, None)),
        ("30/8 Årskurs 6-9 informeras i Caféet.", (None, None)),
    ],
)
def test_bare_hour_range_right_after_date(said: str, hours: tuple[str | None, str | None]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n4. Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.start, e.end) for e in got.events] == [("2012-08-30", *hours)]
