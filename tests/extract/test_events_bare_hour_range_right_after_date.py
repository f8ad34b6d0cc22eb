"""An hour range written without "kl" past a word gives way to a marked time after it ("30/8 Årskurs 6-9
kl. 18.30": grades, then the hour); with no marked time it is the hours ("30/8 i Umeå 9-16"), as is a range
right after the date ("5 maj 18-20")."""

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
        ("30/8 Årskurs 6-9 kl 18 i Caféet.", ("18:00", None)),
        # look-alikes: a range past a word with no marked time after it stays the hours; one right after
        # the date wins over a marked time later
        ("Konferensen hålls 30/8 på Stadshotellet 13-16 med lunch.", ("13:00", "16:00")),
        ("Föräldramöte 30/8 18-20, samling kl 17.30.", ("18:00", "20:00")),
    ],
)
def test_bare_hour_range_right_after_date(said: str, hours: tuple[str | None, str | None]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n4. Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.start, e.end) for e in got.events] == [("2012-08-30", *hours)]
