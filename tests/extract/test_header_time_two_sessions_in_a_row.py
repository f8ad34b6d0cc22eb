"""A head line that gives the day's two sessions in a row ends the meeting at the last session's end:
"Rådhuset, kl 08.30-12.30; 13.30-16.40" ends at 16:40, and "kl. 09.00 12.30, 13.30 14.40" (a stored copy
that lost each dash) at 14:40. A lone clock after the first range, or a later range that starts before
the first one ends, is no second session."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ('Download "Sida 2009-10-21 1 (48) Rådhuset, kl 08.30-12.30; 13.30-16.40"', "08:30", "16:40"),
        ('Download "Sida 2009-10-21 1 (48) Rådhuset, kl 08.30-12.30, 13.30-16.40"', "08:30", "16:40"),
        ('Download "Tid Tisdagen den 1 februari 2011, kl. 09.00 12.30, 13.30 14.40"', "09:00", "14:40"),
        ("Sammanträde 2011-02-01 kl. 09.00 12.30; 13.30 14.40", "09:00", "14:40"),
        # look-alikes: one range; a lone clock after it; a later pair that starts before the first ends;
        # a pair without its dash after a range that kept its dash
        ('Download "Sida 2009-10-21 1 (48) Rådhuset, kl 08.30-12.30"', "08:30", "12:30"),
        ("Sammanträde 2011-02-01 kl 09.00-12.30, 13.30 i Rådhuset", "09:00", "12:30"),
        ("Sammanträde 2011-02-01 kl. 09.00 12.30, 11.30 14.40", "09:00", "12:30"),
        ("Sammanträde 2011-02-01 kl 09.00-12.30, 13.30 14.40", "09:00", "12:30"),
    ],
)
def test_end_of_the_last_session(line: str, start: str, end: str) -> None:
    text = f"Protokoll\n\n{line}\n\nNärvarande\nAnna Ek\n\n§ 1 Mötets öppnande\n"
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.start, meeting.end) == (start, end)
