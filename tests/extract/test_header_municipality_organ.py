"""A head that names only the municipality ("NORDANSTIGS KOMMUN SAMMANTRÄDESPROTOKOLL") gives way to the
committee the posting block's organ field names; an empty organ field keeps the municipality."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_HEAD = ("Sammanträdesprotokoll\n\nTranskript\n\n1 {letterhead} SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 1 (40) Sida Plats och tid Beslutande "
         "Kommunkontoret i Bergsjö. Onsdag 12 september 2007 kl. 08:15-15:40. Se närvarolista. Övriga deltagande "
         "Eva Engström Sekreterare Utses att justera Monica Olsson (s) Underskrifter Sekreterare Paragrafer "
         "Eva Engström Ordförande Stig Eng Justerande Monica Olsson {organ} ANSLAG/BEVIS Protokollet är justerat. "
         "Justeringen har tillkännagivits genom anslag Sammanträdesdatum Anslaget sätts upp\n")


@pytest.mark.parametrize(
    ("letterhead", "organ", "body"),
    [
        ("NORDANSTIGS KOMMUN", "Organ Kommunstyrelsen", "Kommunstyrelsen"),
        ("ÖSTHAMMARS KOMMUN", "Organ Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden"),
        ("HUDIKSVALLS KOMMUN", "Organ: Kommunfullmäktige", "Kommunfullmäktige"),
        # look-alikes: the organ field left empty; a value that is no body's name
        ("NORDANSTIGS KOMMUN", "Organ Datum för anslags uppsättande", "Nordanstigs kommun"),
        ("NORDANSTIGS KOMMUN", "Organ Kommunkontoret", "Nordanstigs kommun"),
    ],
)
def test_committee_in_organ_field_for_a_municipality_head(letterhead: str, organ: str, body: str) -> None:
    text = _HEAD.format(letterhead=letterhead, organ=organ)
    assert extract_meeting(minutes_from_text(text))[0].body == body
