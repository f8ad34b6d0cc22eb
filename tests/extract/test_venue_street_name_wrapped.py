"""A venue whose line breaks inside a two-word street name, after its first word ("UNO, Västra" over
"Torggatan 16."): the rest of the street and its number on the line below belong to the venue
(`header.street_wrapped_below`). A line below that is no street and number alone, or a venue ending in
another word, is left as it was."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, extract_meeting, street_wrapped_below
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("text", "venue"), [
    # the street's name broken after its first word
    ("XUNO, Västra\nTorggatan 16.\nNiklas Wikström (L)\n", "UNO, Västra Torggatan 16"),
    ("XMedborgarhuset, Stora\nNygatan 5\n", "Medborgarhuset, Stora Nygatan 5"),
    ("XFolkets hus, Gamla\nKungsvägen 12B\n\n1. Mötets öppnande\n", "Folkets hus, Gamla Kungsvägen 12B"),
    ("XKansliet, Norra\nStorgatan 3, Umeå\n", None),  # more than the street and number: another layout
    # look-alikes
    ("XUNO, Västra\nNiklas Wikström 16\n", None),  # no street's name below
    ("XUNO, Västra\nTorggatan\n", None),  # no number
    ("XSkolan, Norra\nOmrådet har vuxit med 120 elever.\n", None),  # a sentence below
])
def test_street_wrapped_below(text: str, venue: str | None) -> None:
    name = text[1:text.index("\n")]
    found = street_wrapped_below(text, Found(name, 1, 1 + len(name)))
    assert (found.value if found else None) == venue


def test_time_and_place_line_wrapped_in_street() -> None:
    text = ("Protokoll 2017-04-27\n\nTid och plats: Torsdag den 27 april 2017 kl. 09:00-11:30 UNO, Västra\n"
            "Torggatan 16.\n\nNärvarande: Anna Berg, Bo Ek\n\n§ 1 Mötets öppnande\n")
    assert extract_meeting(minutes_from_text(text))[0].venue == "UNO, Västra Torggatan 16"


def test_venue_ending_otherwise_is_kept() -> None:
    text = ("Protokoll 2017-04-27\n\nTid och plats: Torsdag den 27 april 2017 kl. 09:00-11:30 UNO\n"
            "Torggatan 16.\n\nNärvarande: Anna Berg, Bo Ek\n\n§ 1 Mötets öppnande\n")
    assert extract_meeting(minutes_from_text(text))[0].venue != "UNO Torggatan 16"
