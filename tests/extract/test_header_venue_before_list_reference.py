"""A flattened front page whose venue label ("Plats:", "Plats och tid") is left without its value puts the place
at the head of the next attendance label's value; the place ends where the list is given by reference ("Se
bilaga", "Enligt bifogad närvarolista") or where the head's clock lost its figures (", kl (...")), as it ends
before the first attendee with a party. Look-alikes: names without a place, a clock with its figures."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, venue_before_names
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Kulturhuset Fregatten Se bilaga", "Kulturhuset Fregatten"),
        ("Stadshuset, Sessionssalen Enligt bifogad närvarolista", "Stadshuset, Sessionssalen"),
        ("Gymnasiekontoret, Laboratorgränd 5, kl (Teknikcollege - info av skolenhetschef Ola Andersson, genomgång)",
         "Gymnasiekontoret, Laboratorgränd 5"),
        ("Gällivare Folkets Hus, Gällivare Anna Berg (S) Per Ek (M)", "Gällivare Folkets Hus, Gällivare"),
        # look-alikes
        ("Se bilaga", None),  # the list by reference, no place before it
        ("Anna Berg, Per Ek och Eva Ny", None),  # names, nothing ends a place
        ("Stadshuset kl 18.00-20.00", None),  # the clock has its figures: not this rule's
    ],
)
def test_venue_before_names(value: str, expected: str | None) -> None:
    found = venue_before_names(value)
    assert (found.value if found else None) == expected


def test_flattened_labels_before_values() -> None:
    text = (
        "STENUNGSUNDS KOMMUN KOMMUNFULLMÄKTIGE\nDatum: Måndagen den 8 februari 2010\nTid: Kl. 18:30-20:30\n"
        "Plats:\nLedamöter: Kulturhuset Fregatten Se bilaga\nÖvriga: Agneta Dejenfelt, kommunsekreterare\n"
        "Paragrafer: 1-27\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].venue == "Kulturhuset Fregatten"
