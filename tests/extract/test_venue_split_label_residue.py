"""A form flattened from a PDF splits the label "Tid och plats för sammanträdet" around its value: "Tid och plats för
Styrelserummet, Landstingshuset den 1 juni 2011 klockan Sammanträdet". The "för" (or "för sammanträdet") left before
the place is the label's, not the venue's. Look-alikes: a place that holds "för" inside its name, and the label whole
before the value.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_TAIL = (" Beslutande Harriet Jorderud Finn Cromberger Robert Uitto\n\n2 Protokoll 2(60) Innehållsförteckning 153 "
         "Fastställande av föredragningslista\n")

CASES = [
    # (head, venue)
    ("1 Protokoll 1(60) Tid och plats för Styrelserummet, Landstingshuset den 1 juni 2011 klockan Sammanträdet",
     "Styrelserummet, Landstingshuset"),
    ("1 Protokoll 1(60) Tid och plats för sammanträdet Styrelserummet, Landstingshuset den 1 juni 2011 klockan 9.00",
     "Styrelserummet, Landstingshuset"),
    ("1 Protokoll 1(60) Plats och tid för sammanträdet Stadshuset, Sessionssalen den 1 juni 2011 klockan 9.00",
     "Stadshuset, Sessionssalen"),
    ("1 Protokoll 1(14) Tid och plats för Sessionssalen, Stadshuset den 3 mars 2012 klockan Sammanträdet",
     "Sessionssalen, Stadshuset"),
    ("1 Protokoll 1(9) Tid och plats för sammanträdet Kommunhuset, Ånge den 3 mars 2012 klockan 13.00",
     "Kommunhuset, Ånge"),
    # look-alikes
    (("1 Protokoll 1(28) Tid och plats för Sammanträdet Beslutande Styrelserummet, Landstingshuset, Östersund den 28 "
     "april 2014"), "Styrelserummet, Landstingshuset, Östersund"),
    ("Protokoll\n\nPlats: Centrum för idrott, Ånge\nDatum: 2011-06-01", "Centrum för idrott, Ånge"),
]


@pytest.mark.parametrize(("head", "venue"), CASES)
def test_venue_split_label_residue(head: str, venue: str) -> None:
    assert extract_text(minutes_from_text(head + _TAIL)).meeting.venue == venue
