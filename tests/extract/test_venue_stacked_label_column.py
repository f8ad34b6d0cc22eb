"""A form flattened to lines gives its labels one a line, then their values one a line in the same order: "Tid:" /
"Plats:" / "Omfattning:" / "2014-04-25, 8.30 – 12.00" / "Borås, Solhem, Syster Tora" / "p 9 - 19// 2014". The
place is the value line as far below the last label as "Plats:" stands below the first. Look-alikes: labels each with
the value on its own line ("Plats:" / "Kommunhuset" / "Tid:" / ...), too few value lines, and a value column broken
by another label.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_TAIL = "Närvarande:\nEwa Hedström\nMagnus Andersson\n9. Mötets öppnande\nEwa Hedström öppnade mötet.\n"

CASES = [
    # (head, venue)
    (("Minnesanteckningar\nUtvecklingsrådet\nTid:\nPlats:\nOmfattning:\n2014-04-25, 8.30 – 12.00\n"
      "Borås, Solhem, Syster Tora\np 9 - 19// 2014\n"), "Borås, Solhem, Syster Tora"),
    ("Minnesanteckningar\nStyrgruppen\nDatum:\nTid:\nPlats:\n2015-03-12\n13.00 – 16.00\nKommunhuset, Alingsås\n",
     "Kommunhuset, Alingsås"),
    ("Minnesanteckningar\nNätverket\nPlats:\nDatum:\nTid:\nRegionens hus, Göteborg\n2015-03-12\n9.30 – 12.00\n",
     "Regionens hus, Göteborg"),
    ("Minnesanteckningar\nRådet\nTid:\nPlats:\n2014-04-25, 8.30 – 12.00\nBorås, Solhem\n", "Borås, Solhem"),
    # look-alikes
    ("Minnesanteckningar\nRådet\nPlats:\nKommunhuset, Alingsås\nDatum:\n2015-03-12\nTid:\n13.00 – 16.00\n",
     "Kommunhuset, Alingsås"),
    ("Minnesanteckningar\nRådet\nTid:\nPlats:\nOmfattning:\n2014-04-25, 8.30 – 12.00\n", None),
    ("Minnesanteckningar\nRådet\nTid:\nPlats:\nOmfattning:\n2014-04-25, 8.30 – 12.00\nOrdförande:\np 9 - 19\n", None),
]


@pytest.mark.parametrize(("head", "venue"), CASES)
def test_venue_stacked_label_column(head: str, venue: str | None) -> None:
    assert extract_text(minutes_from_text(head + _TAIL)).meeting.venue == venue
