"""A head line with the meeting's hours whose dash was lost and then a break's range ("kl. 8:00 10:50 Ajournering
09:00-09:30"): the meeting's hours, not the break's."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_NAMES = "Beslutande Anna Berg, ordförande\nPer Ek\n"


@pytest.mark.parametrize(("line", "start", "end"), [
    ("Kommunstyrelsen PROTOKOLL. Tid Tisdagen den 2 juni 2015 kl. 8:00 10:50 Ajournering 09:00-09:30 samt 10:20-10:25.",
     "08:00", "10:50"),
    ("Kommunstyrelsen PROTOKOLL. Tid Tisdagen den 2 juni 2015 kl. 13.00 16.30 Ajournering 14.00-14.20.",
     "13:00", "16:30"),
    ("Socialnämnden PROTOKOLL. Tid Måndagen den 4 maj 2015 kl. 9.00 12.00, paus 10.15-10.30.", "09:00", "12:00"),
    # look-alikes: a plain range, and a range before the break, read as they were
    ("Kommunstyrelsen PROTOKOLL. Tid Tisdagen den 2 juni 2015 kl. 8:00-10:50 Ajournering 09:00-09:30.",
     "08:00", "10:50"),
    ("Kommunstyrelsen PROTOKOLL. Tid Tisdagen den 2 juni 2015 kl. 13:00-15:00", "13:00", "15:00"),
    ("Kommunstyrelsen PROTOKOLL. Tid Tisdagen den 2 juni 2015 kl. 18.30-21.00 med paus 19.30-19.45.",
     "18:30", "21:00"),
])
def test_meeting_hours_before_break_range(line: str, start: str, end: str) -> None:
    meeting = extract_meeting(minutes_from_text(line + "\n" + _NAMES + "§ 1 Mötets öppnande\n"))[0]
    assert (meeting.start, meeting.end) == (start, end)
