"""A line of two labelled cells (a Word table's row written out), the venue's label the second: "Organ:
Regionförbundets styrelse Plats och tid: Regionförbundet i Kalmar län," gives the place, up to the next label or the
line's end. Look-alikes: a line that opens with no label, a second cell that holds the day (read elsewhere), a
platform."""

from __future__ import annotations

import pytest

from planner.extract.header import Part, extract_meeting, venue_in_second_cell
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "venue", "online"),
    [
        ("Organ: Regionförbundets styrelse Plats och tid: Regionförbundet i Kalmar län,", "Regionförbundet i Kalmar län",
         None),
        ("Nämnd: Socialnämnden Plats: Stadshuset, Sessionssalen Sekreterare: Anna Berg", "Stadshuset, Sessionssalen", None),
        ("Datum: 2019-03-04 Lokal: Kommunhuset", "Kommunhuset", None),
        ("Organ: Styrelsen Plats: Teams", None, "Teams"),
        # look-alikes
        ("Styrelsen sammanträdde Plats: Kommunhuset", None, None),  # the line opens with no label
        ("Organ: Styrelsen Plats och tid: Kommunhuset 2019-03-04 kl 18.00", None, None),  # the day: other rules
        ("Organ: Styrelsen Plats och tid:", None, None),
        ("Tid: 14 januari 2015 Plats: Vi ses i den vanliga lokalen som bokades av Eva förra veckan", None, None),
    ],
)
def test_venue_in_second_cell(line: str, venue: str | None, online: str | None) -> None:
    got = venue_in_second_cell(Part(line, 0, 0))
    found_venue, found_online = got if got else (None, None)
    assert (found_venue.value if found_venue else None, found_online.value if found_online else None) == (venue, online)


def test_row_of_cells_above_the_day() -> None:
    text = (
        "Protokoll Styrelsen\n\nOrgan: Regionförbundets styrelse Plats och tid: Regionförbundet i Kalmar län,\n\n"
        "Fredagen den 11 januari 2007, kl 10.00-13.00\nBeslutande: Leif Larsson ordförande\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].venue == "Regionförbundet i Kalmar län"
