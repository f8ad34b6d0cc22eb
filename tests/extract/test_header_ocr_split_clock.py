"""A start hour that a scanner split ("kl 1 o 00-12 00", the zero read as a letter "o") gives no start.

"... styrelsemöte 29 Maj 2012 "Gullvivan", Regionförbundet Örebro kl 1 o": the hour "1" was read as the
meeting's start (01:00), where the minutes say 10.00. Better no start than a wrong one.

Look-alikes: "kl 1 och ..." (a word after the hour), "kl 10", "kl 9.00" keep their start.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("head", "start"),
    [
        ('Protokoll. Föreningen. styrelsemöte 29 Maj 2012 "Gullvivan", Örebro kl 1 o', None),
        ("Protokoll styrelsemöte 29 maj 2012 kl 1 o 00-12 00", None),
        # look-alikes
        ("Protokoll styrelsemöte 29 maj 2012 kl 10 i Örebro", "10:00"),
        ("Protokoll styrelsemöte 29 maj 2012 kl 9.00 i Örebro", "09:00"),
        ("Protokoll styrelsemöte 29 maj 2012 kl 9 och mötet", "09:00"),
    ],
)
def test_split_hour_gives_no_start(head: str, start: str | None) -> None:
    doc = minutes_from_text(head + "\n\n1. Mötets öppnande\n2. Val av justerare\n")
    assert extract_text(doc).meeting.start == start
