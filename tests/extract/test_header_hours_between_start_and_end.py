"""The meeting's hours written "mellan <start> och <end>": "Tisdagen den 15 Februari 2011 mellan klockan 18:00
och 22:00", "mellan kl. 18 och 21", "Tid: mellan 18.00 och 20.30" (planner.extract.header,
`end_after_between_start`). Look-alikes: two clocks without "mellan" ("kl 18.00 och 19.30 fika"), a number
after "och" that is no later clock ("mellan kl 18 och 12 år"), whole hours without "kl" ("mellan 9 och 12
personer"), "mellan" far from the clock."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_BODY = ("\n\nNärvarande: Anna Ek, Bo Berg\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
         "2. Val av justerare\nTill justerare valdes Bo Berg.\n\n3. Mötets avslutande\nOrdföranden avslutade mötet.\n")


@pytest.mark.parametrize(
    ("head", "start", "end"),
    [
        ("Styrelsemöte\nTisdagen den 15 februari 2011 mellan klockan 18:00 och 22:00", "18:00", "22:00"),
        ("Styrelsemöte den 15 februari 2011 mellan kl. 18 och 21", "18:00", "21:00"),
        ("Styrelsemöte 2011-02-15\nTid: mellan 18.00 och 20.30", "18:00", "20:30"),
        ("Medlemsmöte 2011-02-15 mellan kl 18.30 och kl 20.00 i Bygdegården", "18:30", "20:00"),
        ("Årsmöte söndagen den 6 mars 2011 mellan klockan 14.00 och klockan 16.00.", "14:00", "16:00"),
        # look-alikes
        ("Styrelsemöte 2011-02-15 kl 18.00 och 19.30 fika", "18:00", None),
        ("Styrelsemöte 2011-02-15 mellan kl 18 och 12 år", "18:00", None),
        ("Styrelsemöte 2011-02-15 kl 18.00\nVi var mellan 9 och 12 personer.", "18:00", None),
    ],
)
def test_hours_between_start_and_end(head: str, start: str, end: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(head + _BODY))[0]
    assert (meeting.start, meeting.end) == (start, end)
