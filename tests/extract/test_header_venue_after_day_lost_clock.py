"""A head line flattened after its label column gives the meeting's day, then "kl"/"klockan" whose digits were
lost, then the place after "i": "Ersättare Tjänstemän Måndagen den 25 maj 2009 klockan i Tingshuset Ajournering
kl Leif Karlsson (c), ordförande". The place ends before the next capitalised word (a label or a name).
Look-alikes: another day's line (the checking's), a body after "i", no "kl" between the day and "i"."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, document_parts, header_end, venue_after_day_lost_clock
from planner.extract.text import minutes_from_text

WHEN = Found("2009-05-25", 0, 0)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ersättare Tjänstemän Måndagen den 25 maj 2009 klockan i Tingshuset Ajournering kl Leif Karlsson (c)",
         "Tingshuset"),
        ("Tid och plats Måndagen den 25 maj 2009, kl. på Stora salen, kommunhuset Beslutande Anna Berg (s)",
         "Stora salen, kommunhuset"),
        ("Måndagen den 25 maj 2009 kl i Folkets hus", "Folkets hus"),
        # look-alikes
        ("Tid och plats för justering Tisdagen den 2 juni 2009, klockan i Tingshuset", None),  # another day
        ("Måndagen den 25 maj 2009 klockan i Barn- och utbildningsnämnden Anna Berg", None),  # a body
        ("Måndagen den 25 maj 2009 i Tingshuset Ajournering", None),  # no lost clock: read elsewhere
    ],
)
def test_venue_after_day_lost_clock(line: str, expected: str | None) -> None:
    parts = document_parts(minutes_from_text("Barn- och utbildningsnämnden\n" + line + "\n\n60 Fastställande av dagordning\n"))
    found = venue_after_day_lost_clock(parts, header_end(parts), WHEN)
    assert (found.value if found else None) == expected
