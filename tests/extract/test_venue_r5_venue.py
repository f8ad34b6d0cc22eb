"""Venue readers of the r5-venue round: the place after the meeting's day and a "kl"/"klockan" that lost its digits,
ending its line above the attendance list (a transcript's flattened title line)."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, document_parts, header_end, venue_ending_day_lost_clock_line
from planner.extract.text import minutes_from_text

WHEN = Found("2014-09-24", 0, 0)


@pytest.mark.parametrize(
    ("line", "below", "expected"),
    [
        (("Protokoll fört vid sammanträde med styrelsen för akademin 24 september 2014, klockan Konferensrum"
          " Ingegerd Eriksson, Academicum, Medicinaregatan 3, Göteborg"), "Närvarande ledamöter Eric Hanse, prodekanus",
         "Konferensrum Ingegerd Eriksson, Academicum, Medicinaregatan 3, Göteborg"),
        ("Sammanträdesprotokoll 2014-09-24 kl Region Blekinge, Karlskrona", "Närvarande Ordförande Anna Ek (S)",
         "Region Blekinge, Karlskrona"),
        ("Tid och plats Onsdagen den 24 september 2014, kl Kommungården, Bennäs", "Beslutande: Anna Ek",
         "Kommungården, Bennäs"),
        ("Styrelsen 24.9.2014 kl. Norabostäders kontor, Änggatan 11", "Deltagare Anna Ek, Per Berg",
         "Norabostäders kontor, Änggatan 11"),
        # look-alikes
        ("Styrelsen 2014-09-24 kl Ajournering kl", "Beslutande Anna Ek", None),  # another time label
        ("Styrelsen 2014-09-24 kl Enligt bifogad sammanträdeslista", "Närvarande Anna Ek", None),  # a list by reference
        ("Styrelsen 2014-09-24 kl Anna Ek, ordförande", "Närvarande Per Berg", None),  # a name with a role
        ("Styrelsen 2014-09-24 kl Kommungården, Bennäs", "1 Mötets öppnande", None),  # no attendance list below
        ("Justering 2014-10-01 kl Kommungården, Bennäs", "Närvarande Per Berg", None),  # another day
        ("Styrelsen 2014-09-24 kl 18.00 Kommungården, Bennäs", "Närvarande Per Berg", None),  # the clock kept
    ],
)
def test_venue_ending_day_lost_clock_line(line: str, below: str, expected: str | None) -> None:
    parts = document_parts(minutes_from_text("Styrelsen\n" + line + "\n" + below + "\n\n1 Mötets öppnande\n"))
    found = venue_ending_day_lost_clock_line(parts, header_end(parts), WHEN)
    assert (found.value if found else None) == expected
