"""Meeting header fields, round 4 (branch r4-meet): general rules read from real minutes' heads.

Each table holds real phrasings (made anonymous) and look-alikes that must not be read the same way.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import _find_times, _Folded, document_parts, header_end
from planner.extract.text import minutes_from_text


def _meeting(text: str):  # type: ignore[no-untyped-def]
    return extract_text(minutes_from_text(text)).meeting


# "Sammanträdestid:" labels the meeting's hours as "Tid:" does (municipal and parish minutes, also in Finland):
# "Sammanträdestid: Måndagen den 09.07.2012 kl.19.00-", the start alone when the end was left blank. Under a
# head whose "Datum:" is the notice's day (not the meeting's), only a dated head line's clock near the top gave the start, and a stored copy's page chrome above the head
# put it out of reach: the labelled hours are read as such.
@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Sammanträdestid: Måndagen den 09.07.2012 kl.19.00-", ("19:00", None)),
        ("Sammanträdestid: Torsdagen den 09.07.2012 kl.19.00 – .", ("19:00", None)),
        ("Sammanträdestid: Måndagen den 9 juli 2012 kl. 18.30 –", ("18:30", None)),
        ("Sammanträdestid: Måndagen den 9 juli 2012 kl. 18.30 – 20.15", ("18:30", "20:15")),
        ("Sammanträdestid: 9.7.2012 kl 13:00-15:45", ("13:00", "15:45")),
        # look-alikes: the plural heads a list of the year's meetings, not this meeting's hours
        ("Sammanträdestider hösten: 10.9 och 8.10, alla kl. 19.00", (None, None)),
        ("Sammanträdestiden förlängdes till kl. 21.00", (None, None)),
    ],
)
def test_meeting_time_label(line: str, hours: tuple[str | None, str | None]) -> None:
    doc = minutes_from_text(f"Sammanträdesprotokoll Datum: 02.07.2012\nKyrkorådet 06/12\n{line}\n"
                            "Sammanträdesplats: Församlingshemmet\n\n§ 1. Sammanträdets öppnande.\n")
    parts = document_parts(doc)
    start, stop = _find_times(parts, header_end(parts), _Folded(parts), "2012-07-09")
    assert (start.value if start else None, stop.value if stop else None) == hours
